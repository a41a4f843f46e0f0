# Suivi des équipes et export.

cmd-progress = /progress — avancement des équipes (diagnostics, échéances, retards)
cmd-export = /export answers — réponses, plan et échéances de l'équipe en Excel

progress-member = Cette commande est réservée aux coordinateurs : elle montre l'avancement de toutes les équipes. Celui de votre équipe : /diagnostic pour les questionnaires, /plan pour les actions.
progress-title = Avancement des équipes :
progress-team = ▶ { $slug } — { $commune } ({ $members ->
        [0] aucun membre
        [one] un membre
       *[other] { $members } membres
    })
progress-team-named = ▶ { $slug } — { $name }, commune de { $commune } ({ $members ->
        [0] aucun membre
        [one] un membre
       *[other] { $members } membres
    })
progress-no-run = questionnaire : pas encore commencé
progress-run = • { $questionnaire } : { $status } — { $percent } %, { $answered }/{ $span ->
        [range] { $total }–{ $most }
       *[exact] { $total }
    } { $most ->
        [one] réponse
       *[other] réponses
    }
progress-run-extra = { "   " }◦ { $part } (facultatif) : { $answered }/{ $total }
progress-run-skipped = , { $skipped ->
        [one] une passée
       *[other] { $skipped } passées
    }
progress-run-unknown = • { $questionnaire } : { $status }, { $answers ->
        [0] aucune réponse
        [one] une réponse
       *[other] { $answers } réponses
    }
progress-personal = • { $questionnaire } (individuel) : { $members ->
        [0] aucun membre pour le remplir
       *[other] soumis par { $submitted }/{ $members } { $members ->
            [one] membre
           *[other] membres
        } ({ $percent } %)
    }
progress-status-new = pas commencé
progress-status-open = en cours
progress-status-submitted = soumis
progress-deadlines = Échéances : { $total } — { $done ->
        [0] aucune faite
        [one] une faite
       *[other] { $done } faites
    }, { $late } en retard, { $open } à venir
progress-deadlines-none = Échéances : aucune pour l'instant
progress-plan = Plan d'amélioration : { $actions ->
        [one] une action
       *[other] { $actions } actions
    }, { $done ->
        [0] aucune faite
        [one] une faite
       *[other] { $done } faites
    }
progress-late-people = En retard : { $names }
progress-not-started = ○ { $count ->
        [one] Un questionnaire pas encore commencé
       *[other] { $count } questionnaires pas encore commencés
    }
progress-more = Chaque questionnaire et partie facultative : /progress détail
progress-export-hint = Fichier tableur : /export progress
progress-overview-title = Équipes ({ $teams }), à suivre d'abord en tête :
progress-overview-title-page = Équipes ({ $teams }), à suivre d'abord en tête — page { $page }/{ $pages } :
progress-overview-named = { $team }, { $commune }
progress-overview-line = { $team } : { $diagnostic }, { $late ->
        [0] aucune action en retard
        [one] une action en retard
       *[other] { $late } actions en retard
    }, { $activity }
progress-overview-diagnostic = diagnostic { $percent } %
progress-overview-no-diagnostic = pas de diagnostic
progress-activity = { $days ->
        [0] actif aujourd'hui
        [1] actif hier
       *[other] inactif depuis { $days } jours
    }
progress-activity-none = aucune activité
progress-overview-previous = 🔼 Équipes précédentes
progress-overview-next = 🔽 Équipes suivantes
progress-overview-footer =
    Détail : le numéro, ou /progress { $slug }
    Toutes en détail : /progress détail
progress-plan-late = Actions du plan en retard : { $late }
progress-last-activity = Dernière activité : { $activity }
progress-team-more = Chaque questionnaire et partie facultative : /progress { $slug } détail
progress-team-back = Toutes les équipes : /progress
progress-unknown-team = Aucune équipe « { $query } ». Tapez /progress pour la liste des équipes, puis le numéro ou le code de l'une d'elles.
export-usage =
    Usage :
    /export answers — les réponses, le plan et les échéances de votre équipe en fichier Excel (/export answers sfax pour une autre de vos équipes)
    /export answers all — toutes les équipes dans un fichier (coordinateurs)
    /export progress — l'avancement des équipes en fichier CSV (coordinateurs)
export-caption = Avancement { $teams ->
        [one] d'une équipe
       *[other] de { $teams } équipes
    }, au format CSV (point-virgule, s'ouvre dans Excel).
# File names (words joined by hyphens, no spaces or accents).
export-file-progress = avancement
export-file-answers = reponses
export-file-answers-all = reponses-toutes-equipes
export-col-team = Équipe
export-col-commune = Commune
export-col-members = Membres
export-col-questionnaire = Questionnaire
export-col-status = État
export-col-answered = Réponses
export-col-skipped = Passées
export-col-questions = Questions applicables
export-col-completion = Avancement (%)
export-col-extras = Parties facultatives ouvertes
export-col-deadlines-done = Échéances faites
export-col-deadlines-late = Échéances en retard
export-col-deadlines-open = Échéances à venir
export-col-late-people = Personnes en retard
export-col-plan-actions = Actions du plan
export-col-plan-done = Actions faites
export-extra = { $part } : { $answered }/{ $total }
export-personal = individuel : soumis par { $submitted }/{ $members }
progress-reports = • { $questionnaire } : { $count }
progress-reports-count = { $count ->
        [0] aucun soumis
        [one] un soumis
       *[other] { $count } soumis
    }
export-answers-caption = { $teams ->
        [one] Réponses de { TEAM_WORD($team) ->
            [equipe] l'{ $team }
           *[other] l'équipe { $team }
        }
       *[other] Réponses de { $teams } équipes
    } : { $answers ->
        [0] aucune réponse
        [one] une réponse
       *[other] { $answers } réponses
    }, { $actions ->
        [0] aucune action
        [one] une action
       *[other] { $actions } actions
    } du plan, { $deadlines ->
        [0] aucune échéance
        [one] une échéance
       *[other] { $deadlines } échéances
    } (fichier Excel).
export-answers-more-coordinator = Autres exports : /export answers all (toutes les équipes), /export progress (avancement en CSV).
export-answers-more-teams = Pour une autre de vos équipes : /export answers <équipe>.
export-answers-no-team = Vous n'êtes dans aucune équipe : indiquez-en une (/export answers sfax) ou exportez toutes les équipes (/export answers all).
export-answers-unknown-team = Pas d'équipe « { $slug } » parmi les vôtres. Vos équipes : { $teams }.
export-answers-sheet-run = n° { $n }
export-answers-sheet-plan = Plan d'amélioration
export-answers-sheet-deadlines = Échéances
export-answers-col-section = Section
export-answers-col-question = Question (code)
export-answers-col-label-fr = Intitulé en français
export-answers-col-label-ar = Intitulé en arabe
export-answers-col-value = Valeur enregistrée
export-answers-col-answer = Réponse
export-answers-col-author = Auteur
export-answers-col-time = Date et heure
export-answers-col-history = Réponses précédentes
export-answers-col-n = N°
export-answers-col-action = Action
export-answers-col-kind = Type
export-answers-col-owner = Responsable
export-answers-col-due = Échéance
export-answers-col-indicator = Indicateur
export-answers-col-baseline = Valeur de départ
export-answers-col-target = Cible
export-answers-col-priority = Priorité
export-answers-col-done = Faite
export-answers-col-deadline = Échéance
export-answers-col-deadline-due = Date limite
export-answers-kind-quick_win = Action rapide
export-answers-kind-structural = Action structurelle
export-answers-done = fait
export-answers-not-done = pas fait
export-participant = Participant { $n }
