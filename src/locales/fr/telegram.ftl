# Telegram : textes propres au canal (boutons, avis). Mêmes clés dans ar/telegram.ftl.
telegram-validate = ✔️ Valider
telegram-list-expired = Cette liste n'est plus disponible ; rien n'a été enregistré. Renvoyez la commande pour l'afficher à nouveau.
