# Base de connaissances : questions de méthode, sources, retours 👍/👎

cmd-ask = /ask <question> — une question sur le module (Kaizen, réclamations…)
cmd-questions = /questions — questions restées sans réponse ou mal notées
kb-ask-usage = Écrivez votre question après /ask, par exemple : /ask c'est quoi le Kaizen ?
kb-passage-heading = 📖 { $title } › { $section }
kb-passage-title = 📖 { $title }
kb-sources = Sources : { $refs }
kb-checked = (vérifié le { $date })
kb-not-covered = Je n'ai pas trouvé la réponse à cette question dans le contenu du module ; je préfère ne rien inventer. Votre question est transmise aux coordinateurs.
kb-declined = Je réponds seulement aux questions sur le contenu du module « Management et amélioration de la qualité des services municipaux » : méthodes, outils, normes et textes utiles au secrétaire général.
kb-declined-injection = Je ne peux pas faire cela. Je réponds seulement aux questions sur le contenu du module « Management et amélioration de la qualité des services municipaux ».
kb-related =
    Sujets proches dans le module :
    { $topics }
kb-suggest = Essayez par exemple : /ask Kaizen, /ask réclamations des usagers, /ask indicateurs SMART.
kb-rate-prompt = Cette réponse vous a-t-elle aidé ?
kb-rate-up = 👍 Utile
kb-rate-down = 👎 Pas utile
kb-rated-up = Merci pour votre retour !
kb-rated-down = Merci : la question est signalée aux coordinateurs pour améliorer le contenu.
kb-questions-none = Aucune question sans réponse ni mal notée ces { $days } derniers jours.
kb-questions-unanswered = Sans réponse ces { $days } derniers jours ({ $count }) :
kb-questions-disliked = Réponses notées 👎 ces { $days } derniers jours ({ $count }) :
kb-questions-item = • { $date } [{ $locale }] { $question } — sources : { $sources }
