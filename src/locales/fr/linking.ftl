# /link : relier un compte Telegram et un compte WhatsApp (src/features/linking). Même clés dans ar/linking.ftl.

cmd-link = /link — relier vos comptes Telegram et WhatsApp
link-code = Pour relier ce compte à votre autre compte (Telegram ou WhatsApp), envoyez depuis l'autre compte le message ci-dessous, dans les { $minutes } minutes. Ce code ne sert qu'une fois.
link-unknown = Ce code de liaison est inconnu. Vérifiez-le, ou demandez-en un nouveau en envoyant /link depuis votre autre compte.
link-used = Ce code de liaison a déjà servi. Demandez-en un nouveau en envoyant /link depuis votre autre compte.
link-expired = Ce code de liaison a expiré (il est valable { $minutes } minutes). Demandez-en un nouveau en envoyant /link depuis votre autre compte.
link-same-person = Ces comptes sont déjà reliés, ou ce code vient de ce même compte : envoyez /link suivi du code depuis votre autre compte.
link-same-channel = Liaison impossible : vous avez un compte { $channel } des deux côtés. /link relie des comptes de messageries différentes ; pour un changement de numéro, adressez-vous à votre coordinateur.
link-done = C'est fait : vos comptes { $channels } sont reliés, au nom de { $name }. Vos équipes, rôles, questionnaires, langue et rappels sont désormais communs.
link-channel-telegram = Telegram
link-channel-whatsapp = WhatsApp
link-channel-console = console
