# Die Menüs der Desktop-App (das Symbol im Infobereich).

tray-open = Bulletin öffnen
tray-sync = Jetzt aktualisieren
tray-pause = Benachrichtigungen 1 Stunde pausieren
tray-quit = Beenden
