// Jawda runs WhatsApp Web in Debian's Chromium (CHROMIUM_PATH); never download a browser at install.
module.exports = { skipDownload: true };
