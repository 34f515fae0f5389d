# Die Oberfläche der Desktop-App (siehe en/app.ftl).

## Top bar and sidebar (index.html)
app-menu = Kategorien ein- oder ausblenden
search-placeholder = Artikel durchsuchen
notifications = Benachrichtigungen
sync = Aktualisieren
sync-title = Jetzt aktualisieren (r)
settings = Einstellungen
help-title = Tastenkürzel (?)
help = Tastenkürzel
navigation = Navigation
view-front = Titelseite
view-all = Alle Artikel
view-unread = Ungelesen
view-saved = Gespeichert
view-archive = Archiv
view-hidden = Gefiltert
view-hidden-title = Artikel, die deine Filter ausblenden
views = Ansichten
categories = Kategorien
articles = Artikel
reader = Leseansicht
help-next-prev = Nächster / vorheriger Artikel
help-open = Original im Browser öffnen
help-save = Speichern oder nicht mehr speichern
help-read = Als gelesen oder ungelesen markieren
help-sync = Jetzt aktualisieren
help-search = Suchen
help-help = Diese Hilfe
help-escape = Dialog schließen, Suchfeld verlassen
help-keys-open = o oder Eingabe
close = Schließen

## Sidebar
feed-muted-title = Stummgeschaltet: nicht in ungelesenen Zahlen und Benachrichtigungen
feed-muted-sr = , stummgeschaltet
feed-gone = entfernt
feed-error = Fehler
sr-unread = {" "}ungelesen
on-this-computer = Auf diesem Computer
feeds-failing = { $count ->
    [one] 1 Feed mit Fehler
   *[other] { $count } Feeds mit Fehlern
}
other-feeds = Weitere Feeds
search-title = Suche: { $query }
sr-unread-of = {" "}{ $unread } ungelesen von { $count }

## Lists
saved-for-later = Für später gespeichert
feed = Feed
also-reported-by = Auch berichtet von
sr-unread-row = Ungelesen:{" "}
sr-saved-row = {" "}(gespeichert)
also-reported = {" "}· auch berichtet von { $count ->
    [one] 1 Quelle
   *[other] { $count } Quellen
}
mark-all-read = Alle als gelesen markieren
save-view-title = Diese Suche mit ihrer Anzahl in der Seitenleiste behalten
save-view-prompt = Name für diese Ansicht
view-added = Ansicht „{ $name }“ gespeichert
save-view = Als Ansicht speichern
collapse-title = Jede Meldung nur einmal zeigen, egal wie viele Feeds sie bringen
collapse-off = Jeden Bericht zeigen
collapse-on = Eine Zeile pro Meldung
marked-read = { $count } als gelesen markiert
loading = Wird geladen …
empty-unread = Alles gelesen.
empty-unread-hint = Neue Artikel erscheinen hier nach der nächsten Aktualisierung.
empty-saved = Noch nichts gespeichert.
empty-saved-hint = Drücke s oder „Speichern“ bei einem Artikel, um ihn hier zu behalten; gespeicherte Artikel werden nie gelöscht.
empty-search = Keine Treffer.
empty-search-hint = Versuche weniger oder andere Wörter.
empty-hidden = Nichts gefiltert.
empty-hidden-hint = Artikel, die deine Filter ausblenden, erscheinen hier und kehren zurück, wenn der Filter entfernt wird.
empty-list = Hier gibt es noch keine Artikel.
empty-list-hint = Aktualisiere, um das Neueste zu holen, oder sieh dir den Fehler des Feeds in den Einstellungen an.
welcome = Willkommen bei Bulletin
welcome-hint = Du folgst noch keinem Feed. Beginne mit den Nachrichten großer Medien oder bring deine eigenen mit.
add-starter = Start-Feeds hinzufügen
import-opml = OPML importieren …
add-a-feed = Feed hinzufügen …
starter-added = { $count ->
    [one] 1 Feed hinzugefügt — wird aktualisiert …
   *[other] { $count } Feeds hinzugefügt — wird aktualisiert …
}
opml-imported = { $count ->
    [one] 1 Feed importiert ({ $existing } schon vorhanden) — wird aktualisiert …
   *[other] { $count } Feeds importiert ({ $existing } schon vorhanden) — wird aktualisiert …
}
empty-front = Noch keine Artikel.
empty-front-hint = Die erste Aktualisierung läuft.
unread-count = { $count } ungelesen
front-latest = { $category }: das Neueste

## Reader
reader-empty = Wähle einen Artikel, um ihn hier zu lesen.
reader-empty-hint = j / k blättern durch die Liste · ? zeigt alle Tastenkürzel
by-author = Von { $author }
previous = ← Vorheriger
previous-title = Neuerer Artikel in dieser Kategorie
next = Nächster →
next-title = Älterer Artikel in dieser Kategorie
saved-button = ★ Gespeichert
save-button = ☆ Speichern
save-title = Für später speichern (s)
mark-unread = Als ungelesen markieren
mark-read = Als gelesen markieren
story-read = Meldung als gelesen markieren
story-read-done = Meldung als gelesen markiert
story-save = Meldung speichern
story-save-done = Meldung gespeichert
story-reports = Alle { $count } Berichte zu dieser Meldung
open-original = Original öffnen ↗
open-original-title = Im Browser öffnen (o)
copy-link = Link kopieren
load-full = Ganzen Artikel laden
load-full-title = Für Feeds, die nur einen Anriss liefern
appeared-before = Der Beitrag{" "}
appeared-middle = {" "}erschien zuerst auf{" "}
appeared-after = .
also-like = Das könnte dich auch interessieren
nothing-related = Noch nichts Verwandtes.
play-video = Video abspielen
play-episode = Folge abspielen
video = Video
audio = Audio
download = Herunterladen
removed-from-saved = Aus „Gespeichert“ entfernt
link-copied = Link kopiert
link-not-copied = Der Link konnte nicht kopiert werden
loading-full = Der ganze Artikel wird geladen …
full-failed = Der ganze Artikel konnte nicht geladen werden: { $error }
article-text = Artikeltext

## Archive
archive-day = { $count ->
    [one] 1 Artikel am { $day }
   *[other] { $count } Artikel am { $day }
}
previous-month = Vorheriger Monat
next-month = Nächster Monat
archive-month = { $count ->
    [one] 1 Artikel in diesem Monat
   *[other] { $count } Artikel in diesem Monat
}
archive-empty = Keine Artikel in diesem Monat.

## Notifications
reason-marker = Eilmeldung
reason-sources = Viele Quellen
reason-keyword = Stichwort
reason-rule = Regel
status-folded = in einer Zusammenfassung
status-held = während der Ruhezeit zurückgehalten
status-digest = im Überblick
status-paused = während der Pause
paused-toast = Benachrichtigungen pausiert bis { $when }
resumed-toast = Benachrichtigungen wieder aktiv
paused-until = Pausiert bis { $when }
resume = Fortsetzen
pause-hour = 1 Stunde pausieren
pause-tomorrow = Bis morgen pausieren
no-notifications = Noch keine Benachrichtigungen. Eilmeldungen aus aller Welt erscheinen hier; was benachrichtigt, legst du in den Einstellungen fest.
just-now = gerade eben

## Sync status
syncing-feeds = { $count ->
    [one] 1 Feed wird aktualisiert …
   *[other] { $count } Feeds werden aktualisiert …
}
syncing-progress = Aktualisierung … { $done } von { $total }
sync-failed = Aktualisierung fehlgeschlagen: { $error }
sync-offline = Kein Feed erreichbar. Bist du offline? Bulletin versucht es von selbst erneut.
synced-at = Aktualisiert um { $time }
synced-new = {" "}· { $count } neu
synced-failing = {" "}· { $count ->
    [one] 1 Feed mit Fehler (siehe Einstellungen)
   *[other] { $count } Feeds mit Fehlern (siehe Einstellungen)
}
start-failed = Bulletin konnte nicht starten: { $error }

## Settings
reading-and-sync = Lesen und Aktualisieren
language = Sprache
language-system = Systemsprache
theme = Erscheinungsbild
theme-system = System
theme-light = Hell
theme-dark = Dunkel
