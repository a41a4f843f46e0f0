# Diffusions des coordinateurs.

cmd-broadcast = /broadcast — écrire un message à un public (aperçu avant envoi)
cmd-broadcasts = /broadcasts — diffusions : envoyés, échecs, en attente

broadcast-header = 📢 Message de la coordination :
broadcast-ask-fr = Écrivez le message en français (ou « - » pour n'écrire qu'en arabe). /cancel pour abandonner.
broadcast-ask-ar = Écrivez maintenant la version arabe (ou « - » pour garder le français seul). /cancel pour abandonner.
broadcast-empty = Le message est vide. Écrivez le message en français (ou « - » pour n'écrire qu'en arabe).
broadcast-ask-ar-first = Écrivez le message en arabe (ou « - » pour n'écrire qu'en français). /cancel pour abandonner.
broadcast-ask-fr-second = Écrivez maintenant la version française (ou « - » pour garder l'arabe seul). /cancel pour abandonner.
broadcast-empty-ar-first = Le message est vide. Écrivez le message en arabe (ou « - » pour n'écrire qu'en français).
broadcast-no-words = « { $text } » ne contient aucun mot : ce n'est pas un message à diffuser, rien n'a été gardé.
broadcast-nontext = { $step ->
        [preview] Rien n'a été envoyé : seul un texte écrit peut être diffusé.
       *[writing] Rien n'a été gardé : seul un texte écrit peut être diffusé.
    }
broadcast-doubt-ar = Ce texte, donné pour la version arabe, n'a aucune lettre arabe : « { $text } ». Le garder tel quel comme version arabe ?
broadcast-doubt-fr = Ce texte, donné pour la version française, est surtout en lettres arabes : « { $text } ». Le garder tel quel comme version française ?
broadcast-doubt-keep = Le garder tel quel
broadcast-doubt-retype = Le taper à nouveau
broadcast-pending = Une diffusion attend encore votre confirmation :
broadcast-number-pending = Aucune liste n'attend de numéro : « { $text } » n'a rien envoyé.
    Une diffusion attend votre confirmation : tapez /broadcasts pour la revoir, puis l'envoyer ou l'annuler.
broadcast-cancelled = Diffusion abandonnée ; rien n'a été envoyé.
broadcast-left-cancelled = ✖️ Diffusion annulée
broadcast-stale-cancelled = Cette diffusion a été annulée : rien n'a été envoyé. Tapez /broadcast pour en écrire une autre.
broadcast-stale-sent = Cette diffusion a déjà été envoyée (confirmée le { $when }) : rien n'a été renvoyé. Suivez-la avec /broadcasts.
broadcast-replaces = { $count ->
        [one] Ce brouillon remplace le précédent, qui attendait encore votre confirmation : celui-là ne sera pas envoyé.
       *[other] Ce brouillon remplace les { $count } précédents, qui attendaient encore votre confirmation : ceux-là ne seront pas envoyés.
    }
broadcast-left-replaced = ↪️ Brouillon remplacé
broadcast-stale-replaced = Ce brouillon a été remplacé : rien n'a été envoyé. Le brouillon en cours, « { $text } », attend votre confirmation : /broadcasts pour le revoir.
broadcast-stale-replaced-none = Ce brouillon a été remplacé : rien n'a été envoyé. Suivez vos diffusions avec /broadcasts.
broadcast-ask-audience = À qui l'envoyer ?
broadcast-audience-everyone = Tout le monde
broadcast-audience-team = Une équipe
broadcast-audience-cohort = Une cohorte
broadcast-audience-role-participant = Les participants
broadcast-audience-role-coordinator = Les coordinateurs
broadcast-audience-late = Retardataires d'une échéance
broadcast-ask-team = Quelle équipe ?
broadcast-ask-team-page = Quelle équipe ? (page { $page } sur { $pages })
broadcast-teams-previous = 🔼 Équipes précédentes
broadcast-teams-next = 🔽 Équipes suivantes
broadcast-team-typed-hint = Ou tapez le numéro, le nom ou le code de l'équipe.
broadcast-team-unknown = Aucune équipe « { $text } ». Choisissez-la dans la liste, ou tapez son nom ou son code.
broadcast-team-no-number = Aucune équipe n° { $number } : { $total ->
        [one] il n'y a qu'une équipe, la n° 1.
       *[other] les équipes vont de 1 à { $total }.
    } Choisissez-en une dans la liste, ou tapez son numéro, son nom ou son code.
broadcast-team-several = Plusieurs équipes s'appellent « { $text } » : { $teams }. Tapez le code de l'une d'elles.
broadcast-ask-deadline = Les retardataires de quelle échéance ?
broadcast-ask-cohort = Quelle cohorte ?
broadcast-ask-cohort-page = Quelle cohorte ? (page { $page } sur { $pages })
broadcast-cohort-choice = { $name } — { $teams ->
        [0] aucune équipe
        [one] une équipe
       *[other] { $teams } équipes
    }
broadcast-cohorts-previous = 🔼 Cohortes plus récentes
broadcast-cohorts-next = 🔽 Cohortes plus anciennes
broadcast-no-cohort = Aucune cohorte n'existe encore. Votre texte est gardé : choisissez un autre public.
broadcast-no-team = Aucune équipe n'existe encore. Votre texte est gardé : choisissez un autre public.
broadcast-no-late = Aucune échéance n'est encore passée : personne n'est en retard. Votre texte est gardé : choisissez un autre public.
broadcast-nobody-other = Personne ne recevrait ce message : ce public est vide. Votre texte est gardé : choisissez un autre public.
broadcast-nobody-but-you = Personne d'autre que vous ne recevrait ce message (vous ne recevez pas vos propres diffusions). Votre texte est gardé : choisissez un autre public.
broadcast-preview-title = Aperçu de la diffusion (chacun la reçoit dans sa langue ; à défaut, dans l'autre) :
broadcast-preview-count = Destinataires ({ $audience }) : { $total ->
        [0] 0.
       *[other] { $total } (dont { $reachable } { $reachable ->
            [one] joignable
           *[other] joignables
        } maintenant).
    }
broadcast-preview-everyone = Tout le monde : { $total ->
        [one] une personne
       *[other] { $total } personnes
    } — { $participants ->
        [0] aucun participant
        [one] un participant
       *[other] { $participants } participants
    } et { $coordinators ->
        [0] aucun autre coordinateur
        [one] un autre coordinateur
       *[other] { $coordinators } autres coordinateurs
    } (joignables maintenant : { $reachable }).
broadcast-preview-not-you = Vous ne le recevez pas vous-même : vous le voyez ici.
broadcast-preview-cohort = Cohorte « { $name } » : { $total ->
        [0] personne ne le recevra.
        [one] une personne le recevra (joignable maintenant : { $reachable }).
       *[other] { $total } personnes le recevront (dont { $reachable } { $reachable ->
            [one] joignable
           *[other] joignables
        } maintenant).
    }
broadcast-preview-team = { TEAM_WORD($team) ->
        [equipe] { $team }
       *[other] Équipe { $team }
    } : { $total ->
        [0] personne ne le recevra.
        [one] une personne le recevra (joignable maintenant : { $reachable }).
       *[other] { $total } personnes le recevront (dont { $reachable } { $reachable ->
            [one] joignable
           *[other] joignables
        } maintenant).
    }
broadcast-preview-nobody = Personne ne recevrait ce message : choisissez un autre public avec /broadcast.
broadcast-preview-unreachable = { $count ->
        [one] ⚠️ Ne le recevra pas : { $names }, qui n'a pas encore écrit au bot (ou l'a bloqué). Demandez-lui d'y envoyer /start.
       *[other] ⚠️ Ne le recevront pas : { $names }, qui n'ont pas encore écrit au bot (ou l'ont bloqué). Demandez-leur d'y envoyer /start.
    }
broadcast-names-more = { $names } et { $more ->
        [one] une autre personne
       *[other] { $more } autres
    }
broadcast-preview-quiet = Heures de repos : l'envoi partira le { $when }, sauf envoi urgent.
broadcast-confirm = ✅ Envoyer
broadcast-confirm-urgent = ⚡ Envoyer maintenant (urgent)
broadcast-cancel = ✖️ Annuler
broadcast-answered-send = Envoi confirmé
broadcast-answered-urgent = Envoi urgent confirmé
broadcast-queued = Diffusion confirmée pour { $count ->
        [one] un destinataire
       *[other] { $count } destinataires
    }, envoi à partir du { $when }. Suivez-la avec /broadcasts.

broadcasts-empty = Aucune diffusion envoyée pour l'instant.
broadcasts-title = Dernières diffusions :
broadcast-audience-of-cohort = cohorte « { $name } »
broadcast-audience-of-late = retardataires de « { $title } »
broadcasts-line = • { $when } — { $audience } : « { $text } » — { $figures }
broadcasts-separator = {", "}
broadcasts-sent = { $count ->
        [one] 1 envoyé
       *[other] { $count } envoyés
    }
broadcasts-pending = { $count } en attente
broadcasts-waiting = { $count } en attente : canal { $channel ->
        [telegram] Telegram
        [whatsapp] WhatsApp
       *[console] console
    } non connecté
broadcasts-failed = { $count ->
        [one] 1 échec
       *[other] { $count } échecs
    }
broadcasts-skipped = { $count } sans objet
broadcasts-unknown = { $count } au sort inconnu
broadcasts-replaced = remplacé par un brouillon plus récent, jamais envoyé
broadcasts-nobody = aucun destinataire
broadcasts-unknown-note = Sort inconnu : l'envoi a été interrompu par un arrêt ; le message est peut-être arrivé et ne sera jamais renvoyé.
broadcasts-waiting-note = Canal non connecté : le bot n'envoie pas sur ce canal en ce moment ; ces messages restent en attente et partiront dès qu'il sera reconnecté.
broadcasts-with-names = { $figure } ({ $names })
broadcasts-failed-note = Échec : le bot n'a pas pu leur écrire (le plus souvent, ils ne lui ont jamais écrit ou l'ont bloqué) ; le message ne leur sera pas renvoyé : joignez-les autrement.
