# WhatsApp (src/channels/whatsapp). Même clés dans ar/whatsapp.ftl.

## Pour la personne qui installe le bot (terminal)
wa-qr-scan =
    WhatsApp : scannez ce QR code avec le téléphone du bot (WhatsApp → Réglages → Appareils connectés → Connecter un appareil).
    Le même code est enregistré en image : { $path }
wa-ready = WhatsApp est connecté : le bot répond sur WhatsApp.
wa-logged-out = La session WhatsApp n'est plus reliée au téléphone (déconnectée depuis Appareils connectés ?) : un nouveau QR code va s'afficher.

## Pour les participants
