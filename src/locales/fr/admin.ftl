# Équipes, invitations, inscription, coordinateurs.

cmd-team =
    /team add <code> <commune> — créer l'équipe d'une commune
    /team add <code> <commune> | <nom arabe> — avec son nom arabe
    /team arabe <code> <nom arabe> — donner ou changer ce nom arabe
    /team arabe <code> - pour l'effacer
    /team nom <code> <nom> | <nom arabe> — donner un autre nom à l'équipe
    /team nom <code> - pour lui rendre le nom de sa commune
cmd-teams = /teams — lister les équipes
cmd-invite = /invite <équipe> [14j] [30x] — code d'invitation (durée, utilisations)
cmd-join = /join <code> — rejoindre une équipe avec un code d'invitation
cmd-promote = /promote [telegram:id | nom | équipe] — nommer un coordinateur
cmd-demote = /demote [nom] — retirer le rôle de coordinateur (avec confirmation)
cmd-people = /people [équipe] — lister les personnes inscrites

team-usage = Pour créer une équipe : /team add <code> <commune> | <nom arabe>, par exemple /team add sfax Sfax | صفاقس. Le code (lettres minuscules, chiffres, tirets) sert ensuite dans /invite. Le nom arabe, après « | », est facultatif : les messages et documents en arabe l'emploient à la place du nom français. Il se donne ou se change ensuite avec /team arabe <code> <nom arabe>, et s'efface avec /team arabe <code> -. L'équipe porte le nom de sa commune ; pour lui en donner un autre : /team nom <code> <nom français> | <nom arabe>.
team-slug-invalid = Le code d'équipe « { $slug } » n'est pas valide : 2 à 31 caractères parmi a-z, 0-9 et « - ».
team-exists = L'équipe « { $slug } » existe déjà. Voyez /teams.
team-added = Équipe « { $slug } » créée pour { $commune }. Invitez ses membres avec /invite { $slug }. Donnez le nom arabe de la commune avec /team arabe { $slug } <nom arabe>.
team-added-both = Équipe « { $slug } » créée pour { $commune } (en arabe : { $communeAr }). Invitez ses membres avec /invite { $slug }.
team-french-missing = « { $name } » est le nom arabe : donnez aussi le nom français de la commune, avant « | ». Par exemple : /team add { $slug } <nom français> | { $name }. Rien n'a été créé.
team-arabic-usage = Pour donner ou changer le nom arabe de la commune d'une équipe : /team arabe <code> <nom arabe>, par exemple /team arabe beja باجة. Pour l'effacer : /team arabe <code> -, par exemple /team arabe beja -.
team-arabic-empty = Le nom arabe de la commune est vide : rien n'a été changé. Écrivez-le en lettres arabes, par exemple /team arabe beja باجة. Pour effacer un nom arabe, écrivez un tiret : /team arabe beja -.
team-arabic-invalid = « { $name } » n'est pas un nom écrit en arabe : rien n'a été changé. Écrivez-le en lettres arabes, sans lettres latines, par exemple /team arabe beja باجة.
team-arabic-set = Nom arabe de la commune de l'équipe « { $slug } » : { $communeAr } (en français : { $commune }). Les messages et documents en arabe l'emploient désormais.
team-arabic-cleared = Nom arabe de la commune de l'équipe « { $slug } » effacé (c'était { $before }). Les messages et documents en arabe emploient désormais le nom français : { $commune }. Pour en donner un autre : /team arabe { $slug } <nom arabe>.
team-arabic-none = La commune de l'équipe « { $slug } » ({ $commune }) n'a pas de nom arabe : rien à effacer. Pour en donner un : /team arabe { $slug } <nom arabe>.
team-name-usage = Pour donner à une équipe un autre nom que celui de sa commune : /team nom <code> <nom français> | <nom arabe>, par exemple /team nom nord Équipe pilote du Nord | فريق الشمال. Le nom arabe, après « | », est facultatif : les messages et documents en arabe l'emploient à la place du nom français. Pour que l'équipe porte de nouveau le nom de sa commune : /team nom <code> -.
team-name-french-missing = « { $name } » est le nom arabe : donnez aussi le nom français de l'équipe, avant « | ». Par exemple : /team nom { $slug } <nom français> | { $name }. Rien n'a été changé.
team-name-too-long = Ce nom d'équipe est trop long : { $max } caractères au plus. Rien n'a été changé.
team-name-arabic-empty = Le nom arabe de l'équipe est vide : rien n'a été changé. Écrivez-le en lettres arabes après « | », par exemple /team nom { $slug } Équipe pilote du Nord | فريق الشمال.
team-name-arabic-invalid = « { $name } » n'est pas un nom écrit en arabe : rien n'a été changé. Écrivez-le en lettres arabes, sans lettres latines, par exemple /team nom { $slug } Équipe pilote du Nord | فريق الشمال.
team-name-set-both = L'équipe « { $slug } » s'appelle désormais { $name } (en arabe : { $nameAr }). Les messages et documents en arabe emploient son nom arabe.
team-name-set = L'équipe « { $slug } » s'appelle désormais { $name }. Les messages et documents en arabe emploient ce nom français tant que vous ne donnez pas son nom arabe : /team nom { $slug } { $name } | <nom arabe>.
team-name-commune = L'équipe « { $slug } » porte le nom de sa commune : { $commune }.
teams-empty = Aucune équipe pour l'instant. Créez-en une avec /team add <code> <commune>.
teams-title = Équipes :
teams-communes = { $commune } / { $communeAr }
teams-names = { $name } / { $nameAr }
teams-named = { $team } (commune : { $commune })
teams-name-hint = Pour donner le nom arabe d'une équipe : /team nom <code> <nom français> | <nom arabe>.
teams-arabic-hint = Pour donner le nom arabe d'une commune : /team arabe <code> <nom arabe>.
teams-line = • { $slug } — { $commune } ({ $members ->
        [0] aucun membre
        [one] un membre
       *[other] { $members } membres
    })

invite-usage = Usage : /invite <équipe> [14j] [30x] [coordinateur] — par exemple /invite sfax 7j 5x (valable 7 jours, 5 utilisations).
invite-unknown-team = Je ne connais pas l'équipe « { $slug } ». Voyez /teams.
invite-days-too-long = « { $word } » : une invitation vaut au plus { $max } jours. Par exemple /invite { $slug } 30j, puis un nouveau code le moment venu.
invite-days-bad = « { $word } » n'est pas une durée : elle s'écrit en jours suivis de j, de 1 à { $max }, par exemple 7j pour une semaine ou 30j pour un mois. Sans durée, l'invitation vaut { $days } jours.
invite-uses-bad = « { $word } » n'est pas un nombre d'utilisations : il s'écrit suivi de x, au moins 1, par exemple 5x pour cinq personnes. Sans lui, le code sert { $uses } fois.
invite-created =
    Code d'invitation pour { $team } : { $code }
    Valable jusqu'au { $expires }, { $uses ->
        [one] une utilisation
       *[other] { $uses } utilisations
    }, rôle : { $role }.
    La personne invitée envoie : /join { $code }
invite-link = Lien direct Telegram : { $link }

join-usage = Envoyez /join suivi du code d'invitation reçu de votre coordinateur, par exemple /join ABCD2345.
join-unknown = Ce code d'invitation n'existe pas. Vérifiez-le (les lettres O et I ne sont jamais utilisées) ou demandez-en un nouveau à votre coordinateur.
join-expired = Ce code d'invitation a expiré. Demandez-en un nouveau à votre coordinateur.
join-exhausted = Ce code d'invitation a déjà servi le nombre de fois prévu. Demandez-en un nouveau à votre coordinateur.
join-revoked = Ce code d'invitation a été annulé. Demandez-en un nouveau à votre coordinateur.
join-already = Vous êtes déjà membre de { TEAM_WORD($team) ->
        [equipe] l'{ $team }
       *[other] l'équipe { $team }
    } ({ $commune }).
join-ok = Bienvenue dans { TEAM_WORD($team) ->
        [equipe] l'{ $team }
       *[other] l'équipe { $team }
    } ({ $commune }) ! Tapez /help pour voir ce que vous pouvez faire, et /deadlines pour vos échéances.
join-ok-commune = Bienvenue dans l'équipe { $commune } ! Tapez /help pour voir ce que vous pouvez faire, et /deadlines pour vos échéances.

code-throttled-person = Trop de codes erronés : par sécurité, attendez { $minutes } minutes avant d'essayer un autre code (même le bon). Vérifiez le code auprès de la personne qui vous l'a donné.
code-throttled-overall = Trop de codes erronés ont été essayés ces dernières minutes : par sécurité, les codes sont suspendus { $minutes } minutes pour tout le monde. Réessayez ensuite.
promote-pick = Qui nommer coordinateur ? (personnes inscrites dans une équipe, avec leurs comptes)
promote-confirm = Nommer coordinateur : { $who } ? Un coordinateur peut inviter, diffuser à tous et changer les rôles.
promote-none = Aucune personne inscrite dans une équipe ne correspond à « { $query } ». Voyez /people, ou donnez l'adresse exacte : telegram:<id> ou whatsapp:<numéro>.
promote-already = { $name } est déjà coordinateur.
promote-done = { $name } est maintenant coordinateur.
demote-pick = À qui retirer le rôle de coordinateur ?
demote-confirm = Retirer le rôle de coordinateur à : { $who } ?
demote-none = Aucun coordinateur ne correspond à « { $query } ».
demote-not = { $name } n'est pas coordinateur.
demote-last = C'est le dernier coordinateur : nommez-en un autre d'abord.
demote-done = { $name } n'est plus coordinateur. (S'il figure dans COORDINATORS, il le redeviendra au prochain démarrage.)
role-confirm-yes = Oui, confirmer
role-confirm-no = Non, annuler
role-cancelled = Annulé : aucun rôle n'a changé.
role-narrow = { $count } personnes correspondent : précisez un nom ou une équipe, par exemple { $command } sfax.

people-empty = Personne n'est encore inscrit.
people-team-empty = Personne n'est encore inscrit dans l'équipe « { $slug } ». Invitez ses membres avec /invite { $slug }.
people-title = Personnes inscrites ({ $count }) :
people-line = • { $name } — { $roles } — équipes : { $teams } — { $channels }
