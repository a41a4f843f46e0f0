# Échéances et rappels.

cmd-deadlines =
    /deadlines — mes échéances (les cocher)
    /deadlines undo — annuler une coche
cmd-deadline =
    /deadline <JJ/MM/AAAA HH:MM> <titre FR | titre AR> — créer une échéance
    options : [team=…] [role=…] [offsets=7d,3d,1d,0,-1d]
    /deadline list — lister les échéances
    /deadline edit <réf> … — modifier une échéance
    /deadline cancel <réf> — annuler une échéance
cmd-calendar = /calendar import [fichier.yaml] — importer le calendrier (knowledge/)

audience-everyone = tout le monde
audience-team = { TEAM_WORD($team) ->
        [equipe] { $team }
       *[other] équipe { $team }
    }
audience-role = rôle { $role }

deadline-usage =
    Usage :
    /deadline { $example } Note de cadrage | مذكرة التأطير — pour tout le monde
    (date JJ/MM/AAAA et heure ; « demain 17h » ou « lundi 9h » marchent aussi)
    options : team=<équipe>, role=coordinators|participants, offsets=7d,3d,1d,0,-1d
    /deadline list — les échéances
    /deadline edit <réf> { $example } — changer la date (ou : title <FR | AR>, offsets=…, team=…)
    /deadline cancel <réf> — annuler
deadline-bad-role = Rôle inconnu : utilisez role=coordinators ou role=participants.
deadline-bad-offsets = Rappels illisibles : utilisez par exemple offsets=7d,3d,1d,0,-1d (d = jours, h = heures, m = minutes ; négatif = après l'échéance).
deadline-bad-date = Date illisible : écrivez JJ/MM/AAAA puis l'heure, par exemple { $example } (heure de Tunis). « demain 17h », « lundi 9h » ou « 15 déc » marchent aussi.
deadline-in-past = Cette date est déjà passée : une échéance se fixe dans le futur (heure de Tunis).
deadline-too-far = Cette date est à plus de { $years } ans : vérifiez l'année (au plus { $years } ans à l'avance).
deadline-too-many-offsets = Trop de rappels : { $max } au plus par échéance (par exemple offsets=7d,3d,1d,0).
deadline-title-too-long = Titre trop long : { $max } caractères au plus (dans chaque langue).
deadline-no-title = Il manque le titre de l'échéance, après la date.
deadline-created = Échéance créée [{ $ref }] : « { $title } » — { $when } — { $audience } — rappels : { $offsets }.
deadline-one-title = { $missing ->
        [fr] Titre en arabe seulement : il sera lu ainsi en français aussi. Pour ajouter le titre français : /deadline edit { $ref } title <titre français>
       *[ar] Titre en français seulement : il sera lu ainsi en arabe aussi. Pour ajouter le titre arabe : /deadline edit { $ref } title <titre arabe>
    }
deadline-past-offsets = { $count ->
        [one] Un rappel tombe déjà dans le passé et ne sera pas envoyé.
       *[other] { $count } rappels tombent déjà dans le passé et ne seront pas envoyés.
    }
deadline-list-empty = Aucune échéance en cours.
deadline-list-title = Échéances (réf · date · titre · public · fait) :
deadline-list-line = [{ $ref }] { $when } · { $title } · { $audience } · { $done }/{ $total }
deadline-not-found = Aucune échéance en cours avec la référence « { $ref } ». Voyez /deadline list.
deadline-duplicate = Cette échéance existe déjà [{ $ref }] : « { $title } » — { $when } — { $audience }. Rien n'a été créé ; pour la changer : /deadline edit { $ref }.
deadline-cancel-usage = Usage : /deadline cancel <réf> — la référence entre crochets dans /deadline list.
deadline-edit-usage = Usage : /deadline edit <réf> <JJ/MM/AAAA HH:MM> (par exemple { $example }) — ou title <FR | AR>, offsets=…, team=…, role=…
deadline-updated = Échéance modifiée [{ $ref }] : « { $title } » — { $when } — { $audience } — rappels : { $offsets }.
deadline-cancelled = Échéance annulée [{ $ref }] : « { $title } ». Ses rappels en attente ne partiront pas.

my-deadlines-empty = Vous n'avez aucune échéance en cours.
my-deadlines-title = Vos échéances :
my-deadlines-done = ✅ { $when } — { $title }
my-deadlines-late = ⚠️ { $when } — { $title } (en retard)
my-deadlines-open = ⏳ { $when } — { $title }
my-deadlines-action = Action { $n } — { $title }
my-deadlines-pick = { $count ->
        [one] Quand celle-ci est faite, choisissez-la :
       *[other] Quand l'une de ces { $count } échéances est faite, choisissez-la :
    }
my-deadlines-pick-busy = ℹ️ Un numéro seul répond à la question ouverte. Pour une échéance de cette liste, tapez /deadlines suivi de son numéro, par exemple /deadlines 1 : les numéros restent ceux de cette liste, même une fois l'une d'elles cochée.
my-deadlines-already-done = « { $title } », n° { $n } de votre dernière liste, est déjà fait : rien d'autre n'a été coché.
my-deadlines-renumbered = Rien n'a été coché : voici votre liste et ses numéros. Tapez /deadlines suivi du numéro de l'échéance faite.
my-deadlines-undo-hint = Coché par erreur ? /deadlines undo
my-deadlines-undo-nothing = Aucune échéance cochée dans cette conversation à rouvrir. Pour une échéance de votre dernière liste : /deadlines undo <numéro>.
my-deadlines-undo-no-list = Rien n'a été rouvert : votre dernière liste n'est plus connue. Tapez /deadlines undo seul pour rouvrir la dernière échéance cochée ici, ou /plan undo <numéro> pour une action du plan.
my-deadlines-undo-usage = Pour rouvrir une échéance cochée : /deadlines undo <numéro de votre dernière liste>, ou /deadlines undo seul pour la dernière cochée.
my-deadlines-undo-gone = Cette échéance n'est plus en cours (annulée) : rien n'a été rouvert.
my-deadlines-not-done = « { $title } » n'est pas coché : rien n'a changé.
my-deadlines-undone = ↩️ « { $title } » n'est plus coché : il revient dans vos échéances à faire.
my-deadlines-undone-team = ↩️ « { $title } » n'est plus coché, pour toute l'équipe : l'action revient à faire dans /plan et /deadlines.
my-deadlines-no-such = { $count ->
        [one] Il n'y a pas d'échéance n° { $n } : la liste n'en compte qu'une, /deadlines 1.
       *[other] Il n'y a pas d'échéance n° { $n } : la liste va de 1 à { $count }.
    }

reminder-left-days = { $n ->
    [one] dans 1 jour
   *[other] dans { $n } jours
}
reminder-left-hours = { $n ->
    [one] dans 1 heure
   *[other] dans { $n } heures
}
reminder-left-soon = dans moins d'une heure
reminder-upcoming = ⏰ Rappel : « { $title } » est attendu { $left } ({ $when }).
reminder-due = ⏰ C'est l'échéance : « { $title } » ({ $when }).
reminder-late = ⚠️ En retard : « { $title } » était attendu le { $when }. Si c'est fait, dites-le-moi.
reminder-mark-done = ✅ Fait
reminder-key-done = fait
reminder-key-snooze = plus tard
reminder-snooze = ⏰ Rappeler demain
reminder-done-ok = ✅ C'est noté : « { $title } » est fait. Plus de rappel pour celle-ci.
reminder-snooze-ok = ⏰ D'accord, je vous le rappelle { $when }.

calendar-usage = Usage : /calendar import [fichier.yaml] — un fichier du dossier knowledge/ (calendar.example.yaml par défaut).
calendar-missing = Je ne trouve pas le fichier « { $file } » dans le dossier knowledge/.
calendar-invalid = Le fichier « { $file } » n'est pas un calendrier valide : { $problem }
calendar-imported = Calendrier « { $file } » importé — créées : { $created }, modifiées : { $updated }, inchangées : { $unchanged }.
calendar-entry-error = ⚠️ ignorée — { $problem }

# A reminder's time relative to its deadline, in the confirmations of /deadline.
offset-day = { $amount ->
        [one] { $amount } jour
       *[other] { $amount } jours
    }
offset-hour = { $amount ->
        [one] { $amount } heure
       *[other] { $amount } heures
    }
offset-minute = { $amount } min
offset-before = { $span } avant
offset-after = { $span } après
offset-at = à l'échéance
