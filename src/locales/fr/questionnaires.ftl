# Questionnaires de diagnostic

cmd-diagnostic = /diagnostic — remplir un diagnostic avec votre équipe
cmd-status = /status — avancement du questionnaire en cours
cmd-plan =
    /plan — le plan d'amélioration de l'équipe
    /plan add <intitulé> — ajouter une action
    /plan edit <n> — modifier une action, guidé pas à pas
    /plan edit | remove | done <n> — la modifier, la retirer, la noter faite
    /plan undo <n> — rouvrir une action notée faite
cmd-results = /results — scores et niveaux de maturité du questionnaire soumis
cmd-report =
    /report — le rapport de l'équipe (DOCX)
    /report mission, /report visite — le dernier compte rendu
report-usage = Usage : /report (rapport de diagnostic et plan de l'équipe), /report mission (dernier compte rendu de mission), /report visite (dernier journal de visite d'étude).
report-not-ready = Le rapport sera prêt quand le diagnostic de l'équipe sera soumis : /diagnostic pour le continuer, puis /submit.
report-none-submitted = Aucun « { $title } » soumis pour l'instant : remplissez-en un avec /diagnostic, puis /submit.
report-caption = Rapport de { TEAM_WORD($team) ->
        [equipe] l'{ $team }
       *[other] l'équipe { $team }
    } : diagnostic, valeurs mesurées, scores, problèmes et plan d'amélioration.
report-caption-repeated = { $title } (le dernier soumis).
# Le mot du rapport dans le nom de son fichier (jawda-rapport-beja-2026-12-06.docx) : des lettres seulement.
report-file-word = rapport
cmd-reopen = /reopen <équipe> <n> — rouvrir un questionnaire soumis

qn-list-title = Questionnaires de votre équipe ({ $team }) :
qn-list-item = { $title } — { $status }
qn-list-status-new = pas commencé
qn-list-status-open = en cours : { $answered }/{ $span ->
        [range] { $total }–{ $most }
       *[exact] { $total }
    } { $most ->
        [one] réponse
       *[other] réponses
    }{ $skipped ->
        [0] {""}
        [one] , une passée
       *[other] , { $skipped } passées
    }
qn-list-status-submitted = soumis le { $date }
qn-list-pick = Choisissez un questionnaire :
qn-pick-team = Vous êtes membre de plusieurs équipes. Pour quelle commune travaillez-vous ? (vous pourrez changer avec /diagnostic)
qn-no-team = Vous devez être membre d'une équipe (commune) pour remplir un diagnostic. Demandez un code d'invitation à votre coordinateur.
qn-unknown = Questionnaire inconnu : « { $value } ». Tapez /diagnostic pour voir la liste.
qn-started = C'est parti : « { $title } » pour { TEAM_WORD($team) ->
        [equipe] l'{ $team }
       *[other] l'équipe { $team }
    }. Environ { $minutes } minutes, { $span ->
        [range] entre { $total } et { $most } questions selon le service
       *[exact] { $total ->
            [one] une question
           *[other] { $total } questions
        }
    }. Vos réponses sont enregistrées au fur et à mesure : /pause à tout moment, et vous reprendrez là où vous étiez.
qn-resumed = Vous reprenez « { $title } » ({ $team }) à la question { $number } ({ $answered }/{ $span ->
        [range] { $total }–{ $most }
       *[exact] { $total }
    } { $answered ->
        [one] réponse
       *[other] réponses
    } de l'équipe).
qn-resumed-extra = Vous reprenez « { $title } » ({ $team }) à la question { $number }/{ $partTotal } de « { $part } », facultatif ({ $answered }/{ $span ->
        [range] { $total }–{ $most }
       *[exact] { $total }
    } { $answered ->
        [one] réponse
       *[other] réponses
    } de l'équipe).
qn-resumed-review = Vous reprenez « { $title } » : toutes les questions ont une réponse, voici la revue.
qn-already-submitted = « { $title } » a été soumis le { $date }. Les réponses sont en lecture seule ; un coordinateur peut rouvrir le questionnaire. Voir /results et /plan.
qn-already-submitted-by = « { $title } » a été soumis par { $name } le { $date }. Les réponses sont en lecture seule ; un coordinateur peut rouvrir le questionnaire. Voir /results et /plan.
qn-position = Question { $number }/{ $span ->
        [range] { $total }–{ $most }
       *[exact] { $total }
    } · { $section }
qn-position-extra = Question { $number }/{ $total } · { $part } (facultatif)
qn-progress = { $bar } { $percent } %{ $skipped ->
        [0] {""}
        [one] { " " }(une passée)
       *[other] { " " }({ $skipped } passées)
    }
qn-optional = (facultative : /skip pour passer)
qn-current-answer = Réponse actuelle : { $answer } — par { $author }. Envoyez une autre réponse pour la remplacer, ou /skip pour la garder.
qn-footer = ? aide · /back retour · /pause pause · /status avancement
qn-hint-number = Répondez par un nombre{ $range }.
qn-hint-number-range = { " " }entre { $min } et { $max }
qn-hint-number-min = { " " }d'au moins { $min }
qn-hint-number-max = { " " }d'au plus { $max }
qn-hint-unit = { " " }({ $unit })
qn-hint-date = Répondez par une date (jour/mois/année), par exemple { $example }, ou « aujourd'hui ».
qn-hint-date-example = Répondez par une date (jour/mois/année), par exemple { $example }.
qn-hint-indicator = Répondez par la valeur mesurée{ $unit }, ou par l'une des deux réponses ci-dessous.
qn-not-measured = Non mesuré
qn-not-applicable = Sans objet
qn-hint-text = Réponse libre ({ $max } caractères au plus).
qn-hint-photo = Envoyez une photo comme preuve, ou /skip pour passer.
qn-hint-multiple = Plusieurs réponses possibles : envoyez les numéros séparés par des virgules, par exemple 1,3.
qn-hint-choice = Répondez par le numéro ou le texte du choix.
qn-yes = Oui
qn-no = Non
qn-photo-value = 📷 photo
qn-skipped = (passée)
qn-missing = ⚠️ à compléter

qn-invalid-choice = Je n'ai pas reconnu ce choix. Répondez par un numéro de 1 à { $max } ou par le texte du choix.
qn-source-value-word = « { $text } » se dit de la valeur, pas de sa source. Pour changer la valeur, revenez-y avec /back et écrivez « { $text } ». Sinon, dites d'où vient la valeur : un numéro de 1 à { $max }.
qn-one-choice = Une seule réponse est possible ici : envoyez un seul numéro, de { $min } à { $max }.
qn-invalid-multiple = Je n'ai pas reconnu ces choix. Envoyez un ou plusieurs numéros de 1 à { $max }, séparés par des virgules (par exemple 1,3).
qn-invalid-yesno = Répondez par oui ou par non (ou 1 / 2).
qn-invalid-scale = Répondez par un nombre entier de { $min } à { $max }.
qn-invalid-number = Ce n'est pas un nombre que je peux lire sûrement. Écrivez un seul nombre en chiffres, par exemple 12, 3,5 ou 45 000.
qn-percent-fraction = « { $text } » : ici, une part s'écrit en pour cent. Si c'est { $percent } %, envoyez { $percent } ; si c'est bien moins de 1 %, envoyez « { $text } % ».
qn-indicator-words = « { $text } » n'est pas un nombre. Envoyez la valeur mesurée en chiffres, « non mesuré » si personne ne l'a mesurée, ou « sans objet ».
qn-number-other-unit = « { $text } » n'est pas dans l'unité de cette question (rappelée ci-dessous) : envoyez la valeur dans cette unité.
qn-number-range = Donnez une seule valeur (par exemple la valeur moyenne), pas une fourchette.
qn-number-either = « { $first } ou { $second } » ? Envoyez un seul nombre : { $first }, { $second }, ou la valeur la plus juste entre les deux.
qn-number-ambiguous = « { $text } » : voulez-vous dire { $thousands } ou { $decimal } ? Renvoyez le nombre sans « { $separator } » entre les milliers, par exemple { $thousands }.
qn-choice-ambiguous = « { $text } » correspond à plusieurs choix ({ $numbers }) : envoyez le numéro voulu.
qn-exclusive = « { $choice } » ne se combine pas avec un autre choix : gardez-le seul, ou retirez-le.
qn-invalid-integer = Un nombre entier est attendu (sans virgule).
qn-number-min = Le nombre doit être au moins { $min }.
qn-number-max = Le nombre doit être au plus { $max }.
qn-text-empty = La réponse est vide (ou sans lettre ni chiffre). Écrivez votre réponse, ou /skip si la question est facultative.
qn-text-too-long = Réponse trop longue ({ $length } caractères, { $max } au plus). Raccourcissez-la.
qn-invalid-date = Date non reconnue. Écrivez-la jour/mois/année, par exemple { $example }.
qn-date-future = Cette date est dans le futur ({ $weekday } { $date }) : cette question demande une date passée, aujourd'hui au plus tard. Par exemple « hier », « lundi dernier » ou { $example }.
qn-date-vague = « { $text } » ne désigne pas un jour précis : donnez le jour, par exemple { $example }.
qn-date-day-only = « { $text } » : il manque le mois. Si c'est le { $example }, envoyez-le ainsi ; sinon, le jour avec son mois et son année.
qn-date-approximate = « { $text } », c'est vers le { $example } : cette question demande le jour exact. Envoyez-le en chiffres, par exemple { $example } si c'est bien ce jour-là, ou le bon jour de { $year }.
qn-date-recorded = 📅 Date enregistrée : { $weekday } { $date }.
qn-working-days = ℹ️ « { $text } » enregistré : { $answer } (jours ouvrables comptés tels quels, non convertis).
qn-changed-own = ✏️ Modifié — { $question } : { $previous } → { $answer }
qn-change-opened = { $count ->
        [one] Ce changement ouvre une nouvelle question : la voici.
       *[other] Ce changement ouvre de nouvelles questions : voici la première.
    }
qn-replaced-teammate = ✏️ Cette réponse remplace celle de { $name } : « { $previous } ».
qn-changed-by-teammate = ✏️ Modifié par { $name } — { $question } : { $previous } → { $answer }
qn-answered-meanwhile = ⚠️ { $name } a répondu à cette question pendant que vous y étiez ; votre réponse ({ $answer }) n'est pas enregistrée. Renvoyez-la pour remplacer la sienne.
qn-changed-by-teammate-more = { $count ->
        [one] ✏️ Et une autre de vos réponses modifiée : /review pour la voir.
       *[other] ✏️ Et { $count } autres de vos réponses modifiées : /review pour les voir.
    }
qn-photo-expected = Cette question attend une photo. Envoyez-la, ou /skip pour passer.
qn-photo-unexpected = Cette question n'attend pas de photo ; répondez par un texte.
qn-photo-caption-unexpected = Cette question n'attend pas de photo : ni la photo ni sa légende « { $caption } » n'ont été enregistrées. Envoyez la réponse dans un message écrit.
qn-document-not-saved = Un document n'est pas enregistré comme réponse : rien n'a été enregistré. Écrivez la réponse dans un message.
qn-document-as-photo = Cette question attend une photo, envoyée comme photo et non comme fichier : rien n'a été enregistré. Renvoyez l'image comme photo, ou /skip pour passer.
qn-nontext-next = { $expects ->
        [photo] Rien n'a été enregistré : cette question attend une photo, envoyez-la comme photo, ou /skip pour passer.
        [choice] Rien n'a été enregistré : choisissez votre réponse dans la question ci-dessous.
        [place] Rien n'a été enregistré : cette question attend une réponse écrite, écrivez le lieu en toutes lettres.
        [list] Rien n'a été enregistré : voici où vous en êtes.
       *[text] Rien n'a été enregistré : écrivez votre réponse dans un message.
    }
qn-no-answer-needed = Cette information ne demande pas de réponse.
qn-constraint-failed = Cette réponse n'est pas acceptée pour cette question.
qn-skip-required = Cette question est obligatoire : elle ne peut pas être passée. Répondez-y, ou /pause pour vous renseigner et reprendre plus tard.
qn-skip-required-indicator = Cette mesure ne peut pas être passée. Si personne ne l'a mesurée, répondez « non mesuré » ; si elle ne concerne pas ce service, « sans objet ».
qn-dont-know-optional = Si personne ne le sait, passez cette question avec /skip : elle est facultative.
qn-text-no-words = « { $text } » ne contient aucun mot : cette question attend une réponse écrite (un nom, une phrase). Rien n'a été enregistré.
qn-dont-know-required = Cette question attend une réponse. Si personne ne la connaît, renseignez-vous auprès du service : /pause garde vos réponses, /diagnostic pour reprendre ensuite.
qn-question-typed = Pour poser une question sur le module sans quitter le questionnaire : /ask suivi de votre question.
qn-back-first = Vous êtes à la première question.
qn-jump-invalid = Il n'y a pas de question de ce numéro dans la revue (1 à { $max }).
qn-review-hint = Envoyez le numéro d'une question pour modifier sa réponse, ou /submit pour soumettre.
qn-error-prefix = ⚠️ { $message }
qn-help-none = Pas d'aide particulière pour cette question.
qn-help-title = Aide :
qn-help-related = Pour aller plus loin :
qn-paused = Questionnaire en pause. Vos réponses sont enregistrées ; tapez /diagnostic pour reprendre.
qn-not-active = Aucun questionnaire n'est ouvert. Tapez /diagnostic pour en commencer ou en reprendre un.
qn-stale = Ce choix concerne une question précédente : rien n'a été enregistré. Répondez à la question affichée en dernier.
qn-stale-paused = Questionnaire en pause : rien n'a été enregistré. Tapez /diagnostic pour reprendre.
qn-left-back = ↩️ Retour à la question précédente
qn-left-skip = ⏭ Question passée
qn-left-pause = ⏸ Questionnaire en pause
qn-left-review = 📋 Passage à la revue

qn-review-title = Revue — page { $page }/{ $pages }
qn-review-status = { $answered }/{ $total } { $total ->
        [one] réponse
       *[other] réponses
    }{ $skipped ->
        [0] {""}
        [one] { " " }· une passée
       *[other] { " " }· { $skipped } passées
    }{ $missing ->
        [0] {""}
        [one] { " " }· ⚠️ une obligatoire à compléter
       *[other] { " "}· ⚠️ { $missing } obligatoires à compléter
    }
qn-review-previous = ◀ Page précédente
qn-review-next = Page suivante ▶
qn-review-line = { $number }. { $label } : { $answer }
qn-review-author = ✍️ Répondu par { $author }
qn-review-footer = Un numéro pour modifier une réponse, /submit pour soumettre.
qn-submit-missing = Impossible de soumettre : { $count ->
        [one] une question obligatoire n'a pas de réponse
       *[other] { $count } questions obligatoires n'ont pas de réponse
    } ({ $numbers }). Envoyez un numéro pour y répondre.
qn-submitted = Questionnaire soumis au nom de { TEAM_WORD($team) ->
        [equipe] l'{ $team }
       *[other] l'équipe { $team }
    }. Merci ! Voici les résultats.
qn-submitted-unscored = Questionnaire soumis au nom de { TEAM_WORD($team) ->
        [equipe] l'{ $team }
       *[other] l'équipe { $team }
    }. Merci !
qn-submitted-report = Rapport « { $title } » soumis au nom de { TEAM_WORD($team) ->
        [equipe] l'{ $team }
       *[other] l'équipe { $team }
    }. Merci ! Son document : /report { $kind } ; le prochain rapport se remplit à part, avec /diagnostic.
qn-submitted-personal = Vos réponses sont enregistrées et transmises. Merci pour votre participation !
qn-submitted-next = Les résultats : /results · le plan : /plan
qn-submit-race = Ce questionnaire vient d'être soumis par { $name }, membre de l'équipe.
qn-submit-race-unknown = Ce questionnaire vient d'être soumis par un autre membre de l'équipe.
qn-submit-race-self = Vous avez déjà soumis ce questionnaire : il n'est pas soumis une seconde fois. Les réponses sont en lecture seule ; un coordinateur peut le rouvrir.
qn-stale-paused-confirm = Questionnaire en pause : rien n'a été soumis. Tapez /submit pour revoir le résumé et confirmer, ou /diagnostic pour reprendre.
qn-stale-confirm = Ce choix concerne un message précédent : rien n'a été enregistré ni soumis. Répondez au résumé affiché en dernier.
qn-confirm-team = 📨 Soumettre « { $title } » au nom de { TEAM_WORD($team) ->
        [equipe] l'{ $team }
       *[other] l'équipe { $team }
    } ?
qn-confirm-report = 📨 Soumettre le rapport « { $title } » au nom de { TEAM_WORD($team) ->
        [equipe] l'{ $team }
       *[other] l'équipe { $team }
    } ?
qn-confirm-personal = 📨 Envoyer vos réponses à « { $title } » ?
qn-confirm-counts = Réponses : { $answered }/{ $total }{ $skipped ->
        [0] .
        [one] { " " }; une question facultative reste sans réponse.
       *[other] { " " }; { $skipped } questions facultatives restent sans réponse.
    }
qn-confirm-final-team = Une fois soumises, les réponses seront en lecture seule pour toute l'équipe ; seul un coordinateur pourra rouvrir le questionnaire.
qn-confirm-final-report = Une fois soumis, ce rapport sera en lecture seule pour toute l'équipe (seul un coordinateur pourra le rouvrir) ; le rapport suivant se remplira à part.
qn-confirm-final-personal = Une fois envoyées, vos réponses seront en lecture seule ; seul un coordinateur pourra les rouvrir.
qn-confirm-yes = ✅ Confirmer la soumission
qn-confirm-back = ↩️ Revenir à la revue
qn-not-taken = ⚠️ { $kind ->
        [photo] Cette photo n'a été enregistrée comme réponse à aucune question.
        [document] Ce document n'a été enregistré comme réponse à aucune question.
       *[text] « { $answer } » n'a été enregistré comme réponse à aucune question.
    }
qn-confirm-cancelled = Rien n'a été soumis : les réponses restent enregistrées et modifiables. Voici la revue.
qn-confirm-changed = ⚠️ Les réponses ont changé depuis ce résumé : rien n'a été soumis. Voici le résumé à jour ; confirmez à nouveau si tout est juste.
qn-confirm-number = Rien n'a été soumis : un numéro ouvre la réponse à modifier, comme dans la revue.
qn-left-not-submitted = ↩️ Non soumis
qn-read-only = Ce questionnaire est soumis : les réponses sont en lecture seule. Un coordinateur peut le rouvrir.
qn-read-only-by = Ce questionnaire a été soumis par { $name } : les réponses sont en lecture seule. Un coordinateur peut le rouvrir.
qn-not-saved = ⚠️ { $kind ->
        [photo] Votre photo n'a pas été enregistrée.
        [document] Votre document n'a pas été enregistré.
        [choice] Votre choix n'a pas été enregistré.
       *[text] Votre réponse « { $answer } » n'a pas été enregistrée.
    }
qn-submitted-by-line = Ce questionnaire a été soumis par { $name } : les réponses sont en lecture seule.
qn-submitted-line = Ce questionnaire est soumis : les réponses sont en lecture seule.
qn-not-saved-ask = Pour répondre quand même, demandez à un coordinateur de rouvrir le questionnaire, puis tapez /diagnostic et renvoyez votre réponse.
qn-not-saved-reopen = Pour répondre quand même, rouvrez-le avec { $command }, puis tapez /diagnostic et renvoyez votre réponse.
qn-reopened = « { $title } » de { TEAM_WORD($team) ->
        [equipe] l'{ $team }
       *[other] l'équipe { $team }
    } est rouvert : les membres peuvent modifier les réponses.
qn-reopen-usage = Usage : /reopen <équipe> <numéro du questionnaire>, par exemple /reopen demo 1.
qn-team-unknown = Équipe inconnue : « { $value } ».
qn-run-missing = Cette équipe n'a pas de questionnaire soumis à rouvrir.

qn-status-title = Avancement de « { $title } » : { $percent } % — { $answered }/{ $span ->
        [range] { $total }–{ $most }
       *[exact] { $total }
    } { $most ->
        [one] réponse
       *[other] réponses
    }{ $skipped ->
        [0] {""}
        [one] , une passée
       *[other] , { $skipped } passées
    }
qn-status-section = { $section } : { $answered }/{ $total }{ $skipped ->
        [0] {""}
        [one] , une passée
       *[other] , { $skipped } passées
    }
qn-status-section-none = { $section } : sans objet d'après les réponses données
qn-status-section-open = { $section } : selon le service, de { $least } à { $most } questions
qn-status-extra = { $part } (facultatif) : { $answered }/{ $total }
qn-status-left = Reste à remplir :
qn-status-left-more = … { $count ->
        [one] et une autre partie
       *[other] et { $count } autres parties
    }
qn-status-finished = ✓ Parties remplies ou sans objet : { $count }
qn-status-nothing-left = ✓ Toutes les parties sont remplies.
qn-status-more = Chaque partie en détail : /status détail
qn-status-authors = Qui a répondu :
qn-status-author = { $name } : { $count ->
        [one] une réponse
       *[other] { $count } réponses
    }{ $extra ->
        [0] {""}
        [one] , dont une dans les parties facultatives
       *[other] , dont { $extra } dans les parties facultatives
    }
qn-results-title = 📊 Résultats de « { $title } » — { TEAM_WORD($team) ->
        [equipe] { $team }
       *[other] équipe { $team }
    }
qn-results-overall = Niveau d'ensemble : { $score }/100 — { $level }
qn-results-line = { $n }. { $label } : { $score } — { $levelLabel }
qn-results-not-assessed = { $n }. { $label } : non évaluée (aucune réponse notée)
qn-results-not-applicable = { $n }. { $label } : sans objet pour ce service
qn-results-strengths = 💪 Points forts : { $names }
qn-results-strengths-none = 💪 Points forts : aucune dimension n'atteint encore le niveau « { $level } ».
qn-chart-title = Scores par dimension — { $title }
qn-chart-subtitle = { $team } · scores de 0 à 100
qn-chart-not-assessed = non évaluée
qn-chart-not-applicable = Sans objet pour ce service : { $names }
qn-results-measures = 📏 Valeurs mesurées (les points de départ du plan) :
qn-results-measured = 📏 { $count ->
        [0] Aucune valeur mesurée
        [one] Une valeur mesurée (point de départ du plan)
       *[other] { $count } valeurs mesurées (points de départ du plan)
    } : /results mesures
qn-results-measures-none = Aucun indicateur dans ce questionnaire.
qn-results-measures-nothing = Aucune valeur mesurée pour l'instant.
qn-results-measures-todo = ⏳ Pas encore mesurés (à mesurer avant la revue du plan) :
qn-results-measures-moot = ➖ Sans objet pour ce service :
qn-results-measure = • { $label } : { $value }
qn-results-unmeasured = { $count ->
        [one] ⏳ Un indicateur n'est pas encore mesuré : mesurez-le avant la revue du plan.
       *[other] ⏳ { $count } indicateurs ne sont pas encore mesurés : mesurez-les avant la revue du plan.
    }
qn-results-weakest = À renforcer d'abord :
qn-results-strengths-numbers = 💪 Points forts : { $count ->
        [one] dimension
       *[other] dimensions
    } { $numbers }
qn-results-measured-short = 📏 { $measured ->
        [one] Une valeur mesurée
       *[other] Valeurs mesurées : { $measured }
    }{ $unmeasured ->
        [0] {""}
       *[other] , à mesurer : { $unmeasured }
    } → /results mesures
qn-results-next = ➡️ Le plan qui y répond : /plan
qn-results-all = Tout le détail : /results détail
qn-results-more = Une dimension en détail : /results 1 à /results { $max } · Le plan : /plan
qn-results-dimension-none = Non évaluée : aucune question notée de cette dimension n'a reçu de réponse (passée, « non mesuré » ou sans objet pour ce service).
qn-results-dimension-not-applicable = Aucune question de cette dimension ne s'applique à ce service : elle n'entre pas dans le niveau d'ensemble.
qn-results-dimension-score = { $score }/100 — { $levelLabel } ({ $answered ->
        [one] une question
       *[other] { $answered } questions
    })
qn-results-dimension-strengths = Ce que les réponses montrent de solide :
qn-results-dimension-weak = C'est l'une des trois dimensions les plus faibles : le plan (/plan) propose des actions ciblées sur les réponses.
qn-results-dimension-weak-relative = Une dimension solide, mais l'une des trois les moins avancées de l'équipe : le plan (/plan) propose des actions pour la faire progresser encore.
qn-results-no-dimension = Il n'y a pas de dimension de ce numéro (1 à { $max }).
qn-results-none = Pas encore de résultats : le questionnaire n'est pas soumis. /diagnostic pour le commencer ou le continuer, puis /submit.
qn-results-plan = { $count ->
        [0] Le plan d'amélioration n'a pas changé : tout ce que les réponses appelaient y figure déjà.
        [one] Une action a été ajoutée au plan d'amélioration.
       *[other] { $count } actions ont été ajoutées au plan d'amélioration : les vôtres d'abord, puis celles qui répondent aux points faibles relevés.
    }{ $toName ->
        [0] { "" }
        [one] { " " }Une action attend le nom de son pilote : /plan pour la voir.
       *[other] { " " }{ $toName } actions attendent le nom de leur pilote : /plan pour les voir.
    }

plan-title = 📋 Plan d'amélioration — { TEAM_WORD($team) ->
        [equipe] { $team }
       *[other] équipe { $team }
    } ({ $count ->
        [one] une action
       *[other] { $count } actions
    })
plan-line = { $n }. { $icon } { $title } — 👤 { $owner } — 📅 { $due }
plan-hint = { $max ->
        [one] Le détail : /plan 1
       *[other] Une action en détail : /plan 1 à /plan { $max }
    }
plan-hint-owner = Nommer un pilote : /plan edit <n> responsable <nom>
plan-summary-due = 📅 Pour le { $date } :
plan-summary-late = ⚠️ Échéance passée, le { $date } :
plan-summary-undated = 📅 Sans échéance :
plan-summary-line = { $n }. { $icon } { $title }
plan-summary-unnamed = 👤 Pilote à nommer : { $count ->
        [one] action { $numbers }
       *[other] actions { $numbers }
    } → /plan edit { $n } responsable <nom>
plan-summary-more = … { $count ->
        [one] et une autre action
       *[other] et { $count } autres actions
    } : /plan détail
plan-summary-done = ✅ { $count ->
        [one] Faite : action { $numbers }
       *[other] Faites : actions { $numbers }
    }
plan-hint-full = Tout le plan, avec les pilotes : /plan détail
plan-legend-quick_win = ⚡ rapide
plan-legend-structural = 🏗 à budgéter
plan-owner-role = { $owner } (nom à donner)
plan-owner-missing = pilote à nommer
plan-kind-quick_win = ⚡ Action rapide : dans les 30 jours, sans budget.
plan-kind-structural = 🏗 Action structurelle : à inscrire au prochain budget.
plan-detail-title = { $n }. { $title }
plan-detail-owner = 👤 Pilote : { $owner }
plan-detail-due = 📅 Échéance : { $due }
plan-detail-indicator = 📏 Indicateur : { $indicator }
plan-detail-baseline = Point de départ : { $baseline } → cible : { $target }
plan-detail-target = 🎯 Cible : { $target }
plan-detail-priority = Priorité : { $priority }
plan-done = { $due } ✅ faite
plan-detail-done = ✅ Faite : cochée dans /deadlines.
plan-detail-done-marked = ✅ Faite : notée avec /plan done.
plan-kind-invalid = Type inconnu : « { $value } », rien n'a changé. Choisissez rapide ou structurelle, par exemple /plan edit { $n } type rapide.
plan-due-past = ⚠️ { $said ->
        [date] Le { $date } est déjà passé.
       *[words] « { $value } », c'est le { $date } : une date déjà passée.
    } Rien n'a changé dans l'action { $n }.
    Donnez une échéance à venir, par exemple { $step ->
        [asked] { $example }
       *[typed] /plan edit { $n } echeance { $example }
    }{ $next ->
        [none] .
       *[other] , ou « { $next } » pour l'an prochain.
    }
plan-due-recomputed = 📅 Nouvelle échéance, calculée pour ce type : { $date }.
plan-due-kept-quick_win = ⚠️ Échéance gardée : le { $date } a été fixé par l'équipe, mais c'est à plus de 30 jours, ce qui ne correspond pas à une action rapide. Pour la changer : /plan edit { $n } echeance <jj/mm/aaaa>.
plan-due-kept-structural = ⚠️ Échéance gardée : le { $date } a été fixé par l'équipe, mais c'est dans les 30 jours, ce qui correspond plutôt à une action rapide qu'à une action structurelle (prochain budget). Pour la changer : /plan edit { $n } echeance <jj/mm/aaaa>.
plan-empty = Le plan d'amélioration de l'équipe est vide. Il est proposé automatiquement à la soumission du diagnostic ; vous pouvez aussi ajouter une action : /plan add <intitulé>.
plan-none = à définir
plan-not-measured = non mesuré
plan-priority-high = haute
plan-priority-medium = moyenne
plan-priority-low = basse
plan-usage =
    Modifier le plan :
    /plan add <intitulé> — ajouter une action
    /plan edit <n> responsable <nom>
    /plan edit <n> echeance <15/01/2027> (ou « fin janvier », « début mars », « mi-février »)
    /plan edit <n> indicateur <texte>
    /plan edit <n> cible <texte> (par exemple « 15 minutes d'attente au plus »)
    /plan edit <n> priorite haute|moyenne|basse
    /plan edit <n> titre <texte>
    /plan edit <n> type rapide|structurelle
    /plan remove <n> — retirer une action
    /plan done <n> — noter une action faite, pour toute l'équipe
    /plan undo <n> — rouvrir une action notée faite par erreur
plan-done-ok = ✅ C'est noté : l'action { $n } « { $title } » est faite, pour toute l'équipe.
plan-done-ok-dated = ✅ C'est noté : l'action { $n } « { $title } » est faite, pour toute l'équipe.
    Son échéance est cochée dans /deadlines : plus de rappel pour celle-ci.
plan-done-already = ✅ L'action { $n } est déjà faite (cochée dans /deadlines).
plan-done-already-marked = ✅ L'action { $n } est déjà faite (notée par { $name }).
plan-done-usage = Pour noter une action faite : /plan done <numéro> (1 à { $max }), par exemple /plan done 1.
plan-done-undo-hint = { $count ->
        [one] Erreur ? Pour la rouvrir : /plan undo { $n }
       *[other] Erreur ? Pour les rouvrir : /plan undo { $n }
    }
plan-undo-usage = Pour rouvrir une action notée faite : /plan undo <numéro> (1 à { $max }), par exemple /plan undo 1.
plan-undo-not-done = L'action { $n } n'est pas faite : rien n'a changé.
plan-undo-ok = ↩️ L'action { $n } « { $title } » est rouverte, pour toute l'équipe.
plan-undo-by = Elle avait été notée faite par { $name }.
plan-undo-by-deadlines = Elle avait été cochée dans /deadlines.
plan-undo-dated = Son échéance revient dans /deadlines, à faire.
plan-added = Action { $n } ajoutée au plan.
plan-add-missing = { $typed ->
        [yes] « { $value } » n'est pas un intitulé d'action : rien n'a été ajouté.
       *[no] Il manque l'intitulé de l'action : rien n'a été ajouté.
    } Écrivez l'action en toutes lettres, par exemple /plan add Afficher les horaires d'ouverture à l'accueil.
plan-add-twice = L'action { $n } porte déjà cet intitulé : rien n'a été ajouté. Pour la voir : /plan { $n }
plan-remove-usage = Pour retirer une action : /plan remove <numéro> (1 à { $max }), par exemple /plan remove { $max }. Le retrait vous est demandé en confirmation.
plan-verb-unknown = « { $value } » n'est pas une commande du plan : rien n'a changé. Le plan : /plan
plan-updated = Action { $n } modifiée.
plan-unchanged = Action { $n } : rien n'a changé, c'était déjà la valeur enregistrée.
plan-was = Avant : { $was }
plan-updated-now = L'action se lit maintenant :
plan-due-typed-quick_win = ⚠️ Le { $date } est à plus de 30 jours : c'est long pour une action rapide. Si elle demande un budget ou une réorganisation : /plan edit { $n } type structurelle.
plan-due-typed-structural = ⚠️ Le { $date } est dans les 30 jours : c'est court pour une action structurelle (prochain budget). Si elle peut se faire d'ici là : /plan edit { $n } type rapide.
plan-due-set = 📅 Échéance : { $date }.
plan-target-set = 🎯 Cible : { $target }.
plan-owner-set = 👤 Pilote : { $owner }.
plan-due-cleared = 📅 Échéance : à définir (plus de rappel pour cette action).
plan-target-cleared = 🎯 Cible effacée.
plan-priority-set = Priorité : { $priority }.
plan-title-set = Intitulé : « { $title } ».
plan-indicator-set = 📏 Indicateur : { $indicator }.
plan-due-read-end = « { $value } » : le dernier jour du mois. Pour un autre jour : /plan edit { $n } echeance <jj/mm/aaaa>.
plan-due-read-start = « { $value } » : le 1er du mois. Pour un autre jour : /plan edit { $n } echeance <jj/mm/aaaa>.
plan-due-read-middle = « { $value } » : le 15 du mois. Pour un autre jour : /plan edit { $n } echeance <jj/mm/aaaa>.
plan-due-read-near = « { $value } » : compté à partir d'aujourd'hui. Pour un autre jour : /plan edit { $n } echeance <jj/mm/aaaa>.
plan-removed = Action { $n } retirée du plan : « { $title } ».
plan-remove-confirm = Retirer l'action { $n } du plan : « { $title } » ? Elle disparaîtra pour toute l'équipe, avec son pilote, son échéance et sa cible.
plan-remove-yes = Oui, la retirer
plan-remove-no = Non, la garder
plan-remove-kept = Rien n'a été retiré : l'action { $n } reste dans le plan (« { $title } »).
plan-remove-gone = Cette action n'est plus dans le plan (retirée entre-temps) : rien d'autre n'a été retiré. Tapez /plan pour le voir.
plan-remove-stale = Cette confirmation n'est plus la dernière demandée : rien n'a été retiré. Tapez /plan pour voir le plan.
plan-remove-confirm-several = Retirer ces { $count } actions du plan ? Elles disparaîtront pour toute l'équipe, avec leur pilote, leur échéance et leur cible.
plan-remove-line = • Action { $n } : « { $title } »
plan-remove-yes-several = { $count ->
    [one] Oui, la retirer
   *[other] Oui, les retirer
}
plan-remove-no-several = { $count ->
    [one] Non, la garder
   *[other] Non, les garder
}
plan-remove-some-gone = { $count ->
    [one] Une autre action n'était déjà plus dans le plan (retirée entre-temps).
   *[other] { $count } autres actions n'étaient déjà plus dans le plan (retirées entre-temps).
}
plan-edit-pick = ✏️ Modifier l'action { $n } : « { $title } »
plan-edit-which = Que voulez-vous changer ?
plan-edit-field-title = Titre
plan-edit-field-owner = Pilote
plan-edit-field-dueDate = Échéance
plan-edit-field-indicator = Indicateur
plan-edit-field-target = Cible
plan-edit-cancel = Annuler
plan-edit-ask = { $field ->
        [title] Nouveau titre de l'action { $n } ?
        [owner] Qui pilote l'action { $n } ? Tapez son nom ou sa fonction.
        [dueDate] Nouvelle échéance de l'action { $n } ? Par exemple « le 20 », « fin du mois », « fin juin » ou 15/01/2027.
        [indicator] Nouvel indicateur de l'action { $n } ? Par exemple : délai moyen d'attente.
       *[target] Nouvelle cible de l'action { $n } ? Par exemple : 15 minutes d'attente au plus.
    }
plan-edit-current = Actuellement : { $value }
plan-edit-cancelled = Rien n'a changé : l'action { $n } reste telle quelle.
plan-edit-left = ✖️ Rien n'a changé
plan-edit-gone = Cette action n'est plus dans le plan (retirée entre-temps) : rien n'a été modifié. Tapez /plan pour le voir.
plan-edit-date-invalid = « { $value } » n'est pas une date reconnue : rien n'a changé.
plan-as-is = L'action reste telle quelle :
plan-edit-nontext = Rien n'a changé dans l'action { $n } : { $step ->
        [list] choisissez dans la liste ci-dessous ce que vous voulez modifier.
        [title] écrivez son nouveau titre dans un message.
        [owner] écrivez dans un message le nom ou la fonction de son pilote.
        [dueDate] écrivez sa nouvelle échéance dans un message, par exemple « fin janvier ».
        [indicator] écrivez son nouvel indicateur dans un message.
       *[target] écrivez sa nouvelle cible dans un message.
    }
plan-edit-not-listed = « { $value } » n'est pas dans la liste : rien n'a changé dans l'action { $n }. Choisissez ci-dessous ce que vous voulez modifier.
plan-number-words-unread = « { $value } » : rien n'a changé. Pour modifier l'action { $n } : /plan edit { $n } responsable <nom> (ou echeance, cible, priorite, titre…).
plan-not-found = Il n'y a pas d'action numéro « { $value } » (1 à { $max }) : rien n'a changé. Tapez /plan pour voir les actions et leurs numéros.
plan-field-unknown = Champ inconnu : « { $value } », rien n'a changé. Champs possibles : responsable, echeance, indicateur, cible, priorite, titre, type ; par exemple /plan edit { $n } responsable Mme Ben Ali.
plan-priority-invalid = Priorité inconnue : « { $value } », rien n'a changé. Choisissez haute, moyenne ou basse, par exemple /plan edit { $n } priorite haute.
plan-date-invalid = Date non reconnue : « { $value } ». Écrivez-la comme 15/01/2027 ou « fin janvier » (ou « aucune » pour l'effacer).
plan-value-missing = { $field ->
        [owner] Il manque la nouvelle valeur. Exemple : /plan edit { $n } responsable Mme Ben Ali
        [dueDate] Il manque la nouvelle valeur. Exemple : /plan edit { $n } echeance 15/01/2027
        [indicator] Il manque la nouvelle valeur. Exemple : /plan edit { $n } indicateur délai moyen d'attente
        [target] Il manque la nouvelle valeur. Exemple : /plan edit { $n } cible 15 minutes d'attente au plus
        [priority] Il manque la nouvelle valeur. Exemple : /plan edit { $n } priorite haute
        [title] Il manque la nouvelle valeur. Exemple : /plan edit { $n } titre Afficher les horaires
       *[kind] Il manque la nouvelle valeur. Exemple : /plan edit { $n } type rapide
    }
qn-status-submitted = ✅ Soumis le { $date } : ces réponses sont définitives (un coordinateur peut le rouvrir). Scores : /results ; rapport : /report.
qn-status-submitted-report = ✅ Soumis le { $date } : ce rapport est définitif (un coordinateur peut le rouvrir). Son document : /report { $kind } ; le prochain se remplit à part, avec /diagnostic.
qn-status-submitted-unscored = ✅ Soumis le { $date } : ces réponses sont définitives (un coordinateur peut le rouvrir).
