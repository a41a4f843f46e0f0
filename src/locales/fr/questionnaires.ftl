# Questionnaires de diagnostic

cmd-diagnostic = /diagnostic — remplir un questionnaire de diagnostic avec votre équipe
cmd-status = /status — avancement du questionnaire en cours
cmd-plan = /plan — plan d'amélioration de l'équipe (lister, ajouter, modifier, retirer)
cmd-results = /results — scores et niveaux de maturité du questionnaire soumis
cmd-reopen = /reopen <équipe> <n> — rouvrir un questionnaire soumis

qn-list-title = Questionnaires de votre équipe ({ $team }) :
qn-list-item = { $title } — { $status }
qn-list-status-new = pas commencé
qn-list-status-open = en cours : { $answered }/{ $total } réponses
qn-list-status-submitted = soumis le { $date }
qn-list-pick = Choisissez un questionnaire :
qn-no-team = Vous devez être membre d'une équipe (commune) pour remplir un diagnostic. Demandez un code d'invitation à votre coordinateur.
qn-unknown = Questionnaire inconnu : « { $value } ». Tapez /diagnostic pour voir la liste.
qn-started = C'est parti : « { $title } » pour l'équipe { $team }. Environ { $minutes } minutes, { $total } questions. Vos réponses sont enregistrées au fur et à mesure : vous pouvez faire /pause à tout moment et reprendre plus tard.
qn-resumed = Vous reprenez « { $title } » là où vous étiez : section { $section }, question { $number } ({ $answered }/{ $total } réponses de l'équipe).
qn-resumed-review = Vous reprenez « { $title } » : toutes les questions ont une réponse, voici la revue.
qn-already-submitted = « { $title } » a été soumis le { $date }. Les réponses sont en lecture seule ; un coordinateur peut rouvrir le questionnaire. Voir /results et /plan.
qn-position = Section { $section }/{ $sections } · Question { $number }/{ $total }
qn-progress = { $bar } { $percent } %
qn-optional = (facultative : /skip pour passer)
qn-current-answer = Réponse actuelle : { $answer } — par { $author }. Envoyez une autre réponse pour la remplacer, ou /skip pour la garder.
qn-footer = ? aide · /back retour · /pause pause · /status avancement
qn-hint-number = Répondez par un nombre{ $range }.
qn-hint-number-range = { " " }entre { $min } et { $max }
qn-hint-number-min = { " " }d'au moins { $min }
qn-hint-number-max = { " " }d'au plus { $max }
qn-hint-unit = { " " }({ $unit })
qn-hint-date = Répondez par une date, par exemple 15/12/2026.
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
qn-invalid-multiple = Je n'ai pas reconnu ces choix. Envoyez un ou plusieurs numéros de 1 à { $max }, séparés par des virgules (par exemple 1,3).
qn-invalid-yesno = Répondez par oui ou par non (ou 1 / 2).
qn-invalid-scale = Répondez par un nombre entier de { $min } à { $max }.
qn-invalid-number = Ce n'est pas un nombre. Écrivez par exemple 12 ou 3,5.
qn-invalid-integer = Un nombre entier est attendu (sans virgule).
qn-number-min = Le nombre doit être au moins { $min }.
qn-number-max = Le nombre doit être au plus { $max }.
qn-text-empty = La réponse est vide. Écrivez votre réponse, ou /skip si la question est facultative.
qn-text-too-long = Réponse trop longue ({ $length } caractères, { $max } au plus). Raccourcissez-la.
qn-invalid-date = Date non reconnue. Écrivez-la comme 15/12/2026 ou 2026-12-15.
qn-photo-expected = Cette question attend une photo. Envoyez-la, ou /skip pour passer.
qn-photo-unexpected = Cette question n'attend pas de photo ; répondez par un texte.
qn-no-answer-needed = Cette information ne demande pas de réponse.
qn-constraint-failed = Cette réponse n'est pas acceptée pour cette question.
qn-skip-required = Cette question est obligatoire : elle ne peut pas être passée.
qn-back-first = Vous êtes à la première question.
qn-jump-invalid = Il n'y a pas de question de ce numéro dans la revue (1 à { $max }).
qn-review-hint = Envoyez le numéro d'une question pour modifier sa réponse, ou /submit pour soumettre.
qn-error-prefix = ⚠️ { $message }
qn-help-none = Pas d'aide particulière pour cette question.
qn-help-title = Aide :
qn-help-related = Pour aller plus loin :
qn-paused = Questionnaire en pause. Vos réponses sont enregistrées ; tapez /diagnostic pour reprendre.
qn-not-active = Aucun questionnaire n'est ouvert. Tapez /diagnostic pour en commencer ou en reprendre un.
qn-stale = Ce bouton concerne une question précédente : rien n'a été enregistré. Répondez à la question affichée en dernier.

qn-review-title = Revue de « { $title } » — { $answered }/{ $total } réponses
qn-review-line = { $number }. { $label } : { $answer }
qn-review-author = { " " }— { $author }
qn-review-footer = Envoyez un numéro pour modifier une réponse, /back pour revenir à la dernière question, ou /submit pour soumettre le questionnaire au nom de l'équipe.
qn-submit-missing = Impossible de soumettre : { $count } question(s) obligatoire(s) sans réponse : { $numbers }. Envoyez un numéro pour y répondre.
qn-submitted = Questionnaire soumis au nom de l'équipe { $team }. Merci ! Voici les résultats.
qn-submitted-unscored = Questionnaire soumis au nom de l'équipe { $team }. Merci !
qn-submitted-personal = Vos réponses sont enregistrées et transmises. Merci pour votre participation !
qn-submit-race = Ce questionnaire vient d'être soumis par un autre membre de l'équipe.
qn-read-only = Ce questionnaire est soumis : les réponses sont en lecture seule. Un coordinateur peut le rouvrir.
qn-reopened = « { $title } » de l'équipe { $team } est rouvert : les membres peuvent modifier les réponses.
qn-reopen-usage = Usage : /reopen <équipe> <numéro du questionnaire>, par exemple /reopen demo 1.
qn-team-unknown = Équipe inconnue : « { $value } ».
qn-run-missing = Cette équipe n'a pas de questionnaire soumis à rouvrir.

qn-status-title = Avancement de « { $title } » : { $answered }/{ $total } ({ $percent } %)
qn-status-section = { $section } : { $answered }/{ $total }
qn-status-authors = Qui a répondu :
qn-status-author = { $name } : { $count } réponse(s)

qn-results-title = Résultats de « { $title } » — équipe { $team }
qn-results-line = { $label } : { $score }/100 — niveau { $level } ({ $levelLabel })
qn-results-not-assessed = { $label } : non évalué
qn-results-strengths = Points forts :
qn-results-weakest = Les trois dimensions les plus faibles et leurs leviers :
qn-results-lever = → { $action } (indicateur : { $indicator })
qn-results-none = Pas encore de résultats : le questionnaire n'est pas soumis.
qn-results-plan = Un projet de plan d'amélioration a été préparé ({ $count } actions). Tapez /plan pour le voir et le modifier.

plan-title = Plan d'amélioration — équipe { $team } ({ $count } actions)
plan-empty = Le plan d'amélioration de l'équipe est vide. Il est proposé automatiquement à la soumission du diagnostic ; vous pouvez aussi ajouter une action : /plan add <intitulé>.
plan-item = { $n }. [{ $priority }] { $title }
plan-item-details = { "   " }Responsable : { $owner } · Échéance : { $due } · Indicateur : { $indicator }
plan-none = à définir
plan-priority-high = haute
plan-priority-medium = moyenne
plan-priority-low = basse
plan-usage =
    Modifier le plan :
    /plan add <intitulé> — ajouter une action
    /plan edit <n> responsable <nom>
    /plan edit <n> echeance <15/01/2027>
    /plan edit <n> indicateur <texte>
    /plan edit <n> priorite haute|moyenne|basse
    /plan edit <n> titre <texte>
    /plan remove <n> — retirer une action
plan-added = Action { $n } ajoutée au plan.
plan-updated = Action { $n } modifiée.
plan-removed = Action { $n } retirée du plan : « { $title } ».
plan-not-found = Il n'y a pas d'action numéro « { $value } » (1 à { $max }).
plan-field-unknown = Champ inconnu : « { $value } ». Champs possibles : responsable, echeance, indicateur, priorite, titre.
plan-priority-invalid = Priorité inconnue : « { $value } ». Choisissez haute, moyenne ou basse.
plan-date-invalid = Date non reconnue : « { $value } ». Écrivez-la comme 15/01/2027 (ou « aucune » pour l'effacer).
plan-value-missing = Il manque la nouvelle valeur. Exemple : /plan edit 2 responsable Mme Ben Ali
