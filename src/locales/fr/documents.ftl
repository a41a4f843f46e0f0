# Documents (rapports DOCX) : les mots des modèles, dans la langue de la personne.

doc-team-title = Diagnostic de performance et plan d'amélioration du service
doc-owner-missing = Pilote à nommer
doc-commune = Commune
doc-service = Service
doc-team = Équipe
doc-team-value = { $team } ({ $members })
doc-dates = Diagnostic
doc-dates-value = commencé le { $start }, soumis le { $end }
doc-made-on = Document établi le
doc-summary = Synthèse
doc-summary-overall = Niveau d'ensemble
doc-summary-overall-value = { $score }/100 — { $level }
doc-summary-weakest = À améliorer en priorité
doc-summary-measured = Indicateurs mesurés
doc-summary-gaps = Encore loin de la cible du plan
doc-summary-measured-value = { $measured } sur { $total }
doc-summary-plan-value = { $count ->
        [one] une action
       *[other] { $count } actions
    }{ $done ->
        [0] , aucune faite pour l'instant
        [one] , dont une faite
       *[other] , dont { $done } faites
    }
doc-context = Contexte et méthode
doc-context-text = Ce rapport rend compte du diagnostic mené par l'équipe de secrétaires généraux dans la commune de { $commune }, pendant les immersions du programme d'appui à la qualité des services municipaux. Il a été établi à partir des réponses saisies par l'équipe, question par question, pendant le travail de terrain.
doc-method-text = L'équipe a d'abord mesuré la performance du service avec les indicateurs de son domaine (valeurs de départ, avec leur source). Elle a ensuite passé en revue les pratiques de management du service ; chaque dimension reçoit un score de 0 à 100 et un niveau de maturité, à partir d'échelles dont chaque niveau est décrit. Elle a enfin nommé ses problèmes prioritaires, leurs causes et une première action pour chacun. Le plan d'amélioration part de ces propositions, complétées par des actions liées aux réponses les plus faibles.
doc-measures = Performance mesurée du service
doc-measures-intro = Valeurs relevées pendant l'immersion : ce sont les points de départ des indicateurs du plan.
doc-measures-none = Aucun indicateur mesuré.
doc-col-indicator = Indicateur
doc-col-value = Valeur
doc-col-source = Source
doc-col-better = Sens souhaité
doc-source-register = Registre ou logiciel
doc-source-immersion_count = Comptage pendant l'immersion
doc-source-estimate = Estimation des agents
doc-better-lower = à la baisse
doc-better-higher = à la hausse
doc-col-target-reference = Cible / repère
doc-measure-target = Cible du plan : { $target }
doc-measure-gap = Écart à combler : { $gap }
doc-measure-gap-points = Écart à combler : { $gap ->
    [one] { $gap } point
   *[other] { $gap } points
}
doc-measure-reached = Cible atteinte
doc-measure-reference = Repère : { $reference }
doc-scores = Pratiques de management : scores par dimension
doc-scores-intro = Scores de 0 à 100 ; les niveaux vont de « initial » à « exemplaire ». Une dimension sans objet pour ce service n'entre pas dans le niveau d'ensemble.
doc-col-dimension = Dimension
doc-col-score = Score
doc-col-level = Niveau
doc-not-applicable = sans objet pour ce service
doc-strengths = Points forts
doc-strengths-none = Aucune dimension n'atteint encore le niveau « { $level } » : pas de point fort à signaler pour l'instant.
doc-weaknesses = Axes d'amélioration
doc-weaknesses-intro = Les dimensions les plus faibles, avec les réponses qui les tirent vers le bas : ce sont elles que le plan d'amélioration doit traiter d'abord.
doc-weaknesses-none = Toutes les dimensions évaluées atteignent le niveau « { $level } » : pas d'axe d'amélioration prioritaire.
doc-weaknesses-none-but-gaps = Toutes les dimensions évaluées atteignent le niveau « { $level } », mais des valeurs mesurées restent loin de la cible que le plan leur fixe : ce sont elles que le plan doit traiter d'abord.
doc-weaknesses-measures = Valeurs mesurées encore loin de leur cible
doc-problems = Problèmes prioritaires et causes
doc-problems-none = L'équipe n'a pas nommé de problème prioritaire.
doc-problem-title = Problème { $n } : { $problem }
doc-causes = Familles de causes
doc-root-cause = Cause racine (5 pourquoi)
doc-first-action = Première action proposée
doc-plan = Plan d'amélioration
doc-plan-intro = { $count ->
        [0] Le plan ne contient encore aucune action.
        [one] Le plan contient une action, avec son pilote, son échéance et son indicateur.
       *[other] Le plan contient { $count } actions : les propositions de l'équipe d'abord, puis les actions liées aux réponses les plus faibles. Actions rapides : 30 jours, sans budget ; actions structurelles : à inscrire au prochain budget.
    }
doc-col-action = Action
doc-col-owner = Pilote
doc-col-due = Échéance
doc-col-indicator-target = Indicateur : départ → cible
doc-target-only = cible : { $target }
doc-kind-quick_win = action rapide
doc-action-done = (faite)
doc-kind-structural = action structurelle
doc-follow-up = Suivi
doc-follow-up-intro = Où en est le plan au { $date }, et quand l'équipe le revoit.
doc-follow-up-done = Actions faites
doc-follow-up-done-value = { $done } sur { $total }
doc-follow-up-late = Échéance passée, non faites
doc-follow-up-next = Prochaine échéance, le { $date }
doc-follow-up-reviews = Revues du plan
doc-follow-up-reviews-value = { $frequency }, la première le { $first }
doc-follow-up-first-review = première revue le { $first }
doc-follow-up-reviews-pending = à fixer avec le dispositif qualité (immersion 2)
doc-quality = Dispositif qualité du service (immersion 2)
doc-quality-intro = Le dispositif permanent d'amélioration continue tel que l'équipe l'a décrit : engagements de service, tableau de bord, circuit des réclamations, pilotage et revues.
doc-quality-pending = Le questionnaire de l'immersion 2 n'est pas encore soumis : cette partie sera complétée ensuite.
doc-start-action-title = Action de démarrage { $n } : { $action }
doc-start-action-need = Manque corrigé

# Le guide pratique (/guide), pour les coordinateurs.
cmd-guide =
    /guide — projet du guide pratique (DOCX), cas par commune
    /guide fr, /guide ar — en français, en arabe
    /guide anonyme — communes et personnes désignées par des lettres
guide-usage = Usage : /guide (dans la langue de la conversation), /guide fr (en français), /guide ar (en arabe), /guide anonyme (communes et personnes désignées par des lettres).
guide-caption = Projet du guide pratique : démarches et outils, puis une étude de cas par commune pilote.
guide-title = Management et amélioration de la qualité des services municipaux
guide-subtitle = Démarches, outils et études de cas — guide pratique
guide-cover-status = État
guide-cover-draft = projet établi le { $date }, à relire
guide-cover-communes = Communes pilotes
guide-cover-names = Noms
guide-cover-anonymous = communes et personnes désignées par des lettres
guide-foreword = Avant-propos
guide-foreword-text = Ce projet de guide rassemble ce que le programme a apporté aux secrétaires généraux : les démarches et les outils présentés pendant les sessions, puis ce que chaque commune pilote en a fait pendant ses immersions. La première partie reprend les fiches de méthode avec leurs sources ; la seconde est tirée des diagnostics, des plans, des dispositifs qualité et des comptes rendus saisis par les équipes. Il est à relire et à compléter par les coordinateurs avant diffusion.
guide-part-1 = Première partie — Démarches et outils
guide-part-1-text = Chaque fiche présente une démarche ou un outil, son application aux services municipaux et les références qui permettent d'aller plus loin.
guide-part-2 = Seconde partie — Études de cas des communes pilotes
guide-part-2-text = Pour chaque commune : le service diagnostiqué et ses mesures, ce que le diagnostic a montré, les problèmes retenus et le plan décidé, son avancement, le dispositif qualité et les missions.
guide-sources = Sources
guide-checked = Faits vérifiés le { $date }.
guide-case-title = Étude de cas — { $commune }
guide-case-empty = L'équipe n'a encore soumis aucun questionnaire.
guide-case-diagnostic = Le diagnostic
guide-case-service = Service diagnostiqué : { $service } ({ $team }).
guide-case-level = Niveau d'ensemble : { $score }/100 ({ $level }). Dimensions les plus faibles : { $weakest }.
guide-case-problems = Problèmes prioritaires et premières actions
guide-case-plan = Le plan d'amélioration et son avancement
guide-case-progress = { $total ->
        [one] Une action au plan.
       *[other] { $total } actions au plan.
    } Faites : { $done ->
        [0] aucune
        [one] une
       *[other] { $done }
    }. Échéances des autres : { $late } en retard, { $open } à venir.
guide-anon-commune = Commune { $letter }
guide-anon-team = Équipe { $letter }
guide-anon-person = Participant { $letter }{ $n }
doc-mandator = Mandant
doc-subject = Objet
doc-outline-summary = Résumé
doc-outline-mission-context = Contexte et objet
doc-outline-mission-people = Équipe et personnes rencontrées
doc-outline-mission-method = Déroulement et méthode
doc-outline-findings = Constats
doc-outline-recommendations = Recommandations
doc-outline-difficulties = Difficultés
doc-outline-next-steps = Prochaines étapes
doc-outline-visit-identification = Identification
doc-outline-visit-topic = Thème et objectifs
doc-outline-visit-programme = Programme des visites
doc-outline-visit-findings = Constats : ce qui nous a étonnés, ce que nous avons appris
doc-outline-visit-practices = Bonnes pratiques et leurs conditions
doc-outline-visit-transfer = Causes, transférabilité à la commune tunisienne, actions proposées
