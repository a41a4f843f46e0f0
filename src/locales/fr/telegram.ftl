# Telegram : textes propres au canal (boutons, avis). Mêmes clés dans ar/telegram.ftl.
telegram-validate = ✔️ Valider
telegram-list-expired = Cette liste n'est plus disponible ; rien n'a été enregistré. Renvoyez la commande pour l'afficher à nouveau.
telegram-unsupported = Je lis les messages texte, les photos et les documents ; ce type de message n'est pas pris en charge. Tapez /help pour voir ce que je sais faire.
