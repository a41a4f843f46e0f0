# Suivi des équipes et export.

cmd-progress = /progress — avancement des équipes (diagnostics, échéances, retards)
cmd-export = /export progress — l'avancement en fichier CSV (tableur)

progress-title = Avancement des équipes :
progress-team = ▶ { $slug } — { $commune } ({ $members } membre(s))
progress-no-run = questionnaire : pas encore commencé
progress-run = • { $questionnaire } : { $status } — { $answered }/{ $total } questions ({ $percent } %)
progress-run-skipped = , { $skipped } passée(s)
progress-run-unknown = • { $questionnaire } : { $status }, { $answers } réponse(s)
progress-personal = • { $questionnaire } (individuel) : { $submitted }/{ $members } membre(s) l'ont soumis ({ $percent } %)
progress-status-new = pas commencé
progress-status-open = en cours
progress-status-submitted = soumis
progress-deadlines = échéances : { $done } faite(s), { $late } en retard, { $open } à venir
progress-late-people = en retard : { $names }
progress-export-hint = Fichier tableur : /export progress
export-usage = Usage : /export progress — l'avancement des équipes en fichier CSV.
export-caption = Avancement de { $teams } équipe(s), au format CSV.
