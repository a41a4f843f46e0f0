# Jawda — catalogue français. Chaque clé existe aussi dans ar.ftl (vérifié par les tests).

## Général
brand = Jawda
error-apology = Désolé, un problème est survenu de notre côté. Votre dernier message n'a pas pu être traité ; ce qui était déjà enregistré est conservé. Réessayez dans un instant.
message-too-long = Votre message est trop long : { $max } caractères au plus. Il n'a pas été enregistré : raccourcissez-le, puis renvoyez-le (en plusieurs messages, chacun serait lu comme une réponse à part).
unknown-command = Je ne connais pas la commande { $command }. Tapez /help pour voir ce que je sais faire.
fallback-text = Je n'ai pas compris « { $text } ». Tapez /help pour voir ce que je sais faire.
nontext-what = { $kind ->
        [voice] Je ne peux pas écouter les messages vocaux ni les fichiers audio.
        [video] Je ne peux pas regarder les vidéos.
        [animation] Je ne peux pas lire les GIF ni les animations.
        [sticker] Je ne peux pas lire les autocollants.
        [location] Je ne peux pas lire une position partagée.
        [contact] Je ne peux pas lire une fiche de contact.
        [call] Je ne peux pas répondre aux appels.
       *[other] Je ne peux pas lire ce type de message.
    }
nontext-help = Je lis les messages écrits, les photos et les documents : tapez /help pour voir ce que je sais faire.
number-without-list = Aucune liste n'attend de numéro : « { $text } » n'a rien enregistré. Tapez /diagnostic pour reprendre un questionnaire, ou /help.
greeting-reply = Bonjour { $name } ! Tapez /help pour voir ce que je sais faire, ou écrivez-moi une question sur le module.
thanks-reply = Avec plaisir, { $name } ! Je reste là : écrivez-moi une question sur le module, ou tapez /help.
ack-reply = 👍 Je reste là si besoin : écrivez-moi une question sur le module, ou tapez /help.
bye-reply = Au revoir, { $name }, et bon travail ! Tout ce qui a été enregistré est conservé : vous reprendrez là où vous en étiez.
intent-command = Pour cela, tapez la commande :
    { $line }
not-allowed = Cette commande est réservée aux coordinateurs.
not-enrolled = Cette commande est réservée aux membres d'une équipe. Demandez un code d'invitation à votre coordinateur, puis envoyez /join suivi du code.
stale-choice = Cette liste de choix n'est plus d'actualité ; rien n'a été enregistré. Répondez à la dernière question affichée.

## /start
start-welcome =
    Bonjour { $name } ! Je suis Jawda (جودة), l'assistant qualité des services municipaux.
    Je vous accompagne pendant le module « Management et amélioration de la qualité des services municipaux » : diagnostics de terrain, questions de méthode, échéances.
    Tapez /help pour voir ce que vous pouvez faire, ou /lang pour changer de langue.
    لمحادثتي بالعربية، اكتب { "/lang ar" }
start-team = Vous êtes membre de { TEAM_WORD($team) ->
        [equipe] l'{ $team }
       *[other] l'équipe { $team }
    } ({ $commune }).
start-team-commune = Vous êtes membre de l'équipe { $commune }.
start-no-team = Vous n'êtes encore membre d'aucune équipe : demandez un code d'invitation à votre coordinateur, puis envoyez /join suivi du code.
start-coordinator-title = Vous êtes coordinateur ; voici ce que vous pouvez faire :
start-coordinator-teams = • Équipes : /team add crée celle d'une commune, /invite donne un code à ses membres, /teams et /people les listent
start-coordinator-broadcast = • Messages : /broadcast écrit à tout le monde, à une équipe, à une cohorte ou aux retardataires ; /broadcasts suit les envois
start-coordinator-progress = • Suivi : /progress montre l'avancement des équipes, /guide prépare le guide pratique (DOCX)
start-coordinator-deadlines = • Échéances : /deadline en crée une avec ses rappels, /calendar import charge le calendrier
start-coordinator-questions = • Questions : /questions montre celles restées sans réponse ou mal notées
start-coordinator-footer = Tapez /help coordinateur pour toutes vos commandes et leurs options.

## /help
help-title = Ce que vous pouvez faire :
help-coordinator-title = En tant que coordinateur :
help-coordinator-more = Vos commandes de coordinateur et leurs options : /help coordinateur
cmd-start = /start — présentation de Jawda
cmd-help = /help — cette aide
cmd-lang = /lang fr|ar — choisir la langue
help-own-words = Les commandes ont aussi un nom français :
help-footer = Vous pouvez aussi m'écrire une question en français ou en arabe.

## /lang
lang-prompt = Choisissez votre langue :
lang-name-fr = Français
lang-name-ar = العربية
lang-changed = C'est noté : je vous réponds désormais en français.
lang-invalid = Langue inconnue : « { $value } ». Choisissez fr (français) ou ar (arabe), par exemple /lang ar.

## Divers
roles-coordinator = coordinateur
roles-participant = participant
# Sous un rappel arrivé (WhatsApp, console) pendant une question à choix : ses mots y répondent, les numéros restent à la question.
aside-numbers = ℹ️ Pour ce rappel, tapez un des mots entre « » ci-dessus. Un numéro (1, 2…) répond toujours à la question ouverte plus haut.
# Sous une liste montrée au milieu d'une question (/lang, /promote) : elle se répond d'abord, la question revient ensuite.
side-list-first = ℹ️ Choisissez d'abord dans cette liste ; vous reprendrez ensuite là où vous en étiez.
# The console operator when CONSOLE_OPERATOR_NAME names no one.
person-local-operator = Opérateur local
# Someone added by address (COORDINATORS, /promote telegram:123) who has not written yet.
person-not-registered = (pas encore inscrit) { $address }
person-not-registered-yet = (pas encore inscrit)
console-greeting =
    Jawda — console locale. Vous êtes { $name }, coordinateur de l'équipe démo.
    Tapez /start pour commencer, /help pour les commandes, /diagnostic pour un questionnaire, ou posez une question (par exemple : « c'est quoi le PDCA ? »).
    /lang ar : بالعربية. Ctrl+D pour quitter.
