# Suivi des équipes et export.

cmd-progress = /progress — avancement des équipes (diagnostics, échéances, retards)
cmd-export = /export progress — l'avancement en fichier CSV (tableur)

progress-title = Avancement des équipes :
progress-team = ▶ { $slug } — { $commune } ({ $members ->
        [0] aucun membre
        [one] un membre
       *[other] { $members } membres
    })
progress-no-run = questionnaire : pas encore commencé
progress-run = • { $questionnaire } : { $status } — { $answered }/{ $total } questions ({ $percent } %)
progress-run-skipped = , { $skipped ->
        [one] une passée
       *[other] { $skipped } passées
    }
progress-run-unknown = • { $questionnaire } : { $status }, { $answers ->
        [0] aucune réponse
        [one] une réponse
       *[other] { $answers } réponses
    }
progress-personal = • { $questionnaire } (individuel) : soumis par { $submitted }/{ $members } { $members ->
        [one] membre
       *[other] membres
    } ({ $percent } %)
progress-status-new = pas commencé
progress-status-open = en cours
progress-status-submitted = soumis
progress-deadlines = échéances : { $done ->
        [0] aucune faite
        [one] une faite
       *[other] { $done } faites
    }, { $late } en retard, { $open } à venir
progress-late-people = en retard : { $names }
progress-export-hint = Fichier tableur : /export progress
export-usage = Usage : /export progress — l'avancement des équipes en fichier CSV.
export-caption = Avancement { $teams ->
        [one] d'une équipe
       *[other] de { $teams } équipes
    }, au format CSV (point-virgule, s'ouvre dans Excel).
export-col-team = Équipe
export-col-commune = Commune
export-col-members = Membres
export-col-questionnaire = Questionnaire
export-col-status = État
export-col-answered = Réponses
export-col-skipped = Passées
export-col-questions = Questions applicables
export-col-completion = Avancement (%)
export-col-deadlines-done = Échéances faites
export-col-deadlines-late = Échéances en retard
export-col-deadlines-open = Échéances à venir
export-col-late-people = Personnes en retard
export-personal = individuel : soumis par { $submitted }/{ $members }
