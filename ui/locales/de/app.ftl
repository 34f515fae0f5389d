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
syncing-progress = Aktualisierung … { $done } von { $total } · { $articles } neu
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
category-none = — keine —
feed-url-placeholder = https://example.com oder eine Feed-URL
feed-url-label = URL eines Feeds oder einer Webseite
category = Kategorie
subscribe-on = Abonnieren auf
this-computer = Diesem Computer
fever-cannot-subscribe = { $account } (Fever kann nicht abonnieren)
subscribed-on-server = Auf dem Server abonniert; die Artikel kommen mit der nächsten Aktualisierung
feed-added = Feed hinzugefügt
add-feed = Feed hinzufügen
last-error = Letzter Fehler: { $error }
mute-title = Wird weiter aktualisiert, aber nicht in ungelesenen Zahlen, auf der Titelseite und in Benachrichtigungen
feed-muted = Feed stummgeschaltet
feed-unmuted = Stummschaltung aufgehoben
mute = Stumm
full-text-title = Jeden neuen Artikel beim Aktualisieren ganz laden (für Feeds, die nur einen Anriss liefern)
saved-toast = Gespeichert
full-text = Volltext
interval-title = Minuten zwischen Abrufen; leer: alle { $every } Min.
interval-title-hint = Minuten zwischen Abrufen; leer: alle { $every } Min. oder { $hint }, wie der Feed es wünscht
every = Alle
interval-label = Minuten zwischen Abrufen von { $feed }
interval-saved = Intervall gespeichert
min = Min.
feed-title-prompt = Titel für diesen Feed
feed-renamed = Feed umbenannt
rename = Umbenennen
move-to-category = In Kategorie verschieben
feed-moved = Feed verschoben
unsubscribe-confirm = { $feed } abbestellen? Seine Artikel werden ebenfalls entfernt.
feed-removed = Feed entfernt
remove = Entfernen
feeds = Feeds
no-feeds = Noch keine Feeds.
new-category = Neue Kategorie
new-category-label = Name der neuen Kategorie
rename-category = Kategorie umbenennen
category-renamed = Kategorie umbenannt
remove-category-confirm = { $category } entfernen? Ihre Feeds bleiben, ohne Kategorie.
category-removed = Kategorie entfernt
category-added = Kategorie hinzugefügt
add = Hinzufügen
sync-every = Aktualisieren alle
sync-interval-saved = Aktualisierungsintervall gespeichert
minutes = Minuten
remove-read = Gelesene Artikel entfernen
retention-saved = Aufbewahrung gespeichert
retention-hint = Erst wenn sie ihren Feed verlassen haben. Ungelesene und gespeicherte Artikel werden nie entfernt, und alles, was ein Feed noch anbietet, bleibt aufgelistet, egal wie alt.
read-story-together = Wer einen Bericht einer Meldung liest, markiert ihre anderen Berichte als gelesen
read-on-scroll = Artikel beim Vorbeiscrollen als gelesen markieren
pictures-on = Bilder werden aus dem Netz geladen
pictures-off = Bilder aus: nichts wird aus dem Netz geladen
load-pictures = Bilder laden (Vorschaubilder und Bilder in Artikeln)
autostart = Bulletin bei der Anmeldung starten
exported = Abonnements exportiert
export-cancelled = Export abgebrochen
export-opml = OPML exportieren …
after-days = nach { $days } Tagen
after-6-months = nach 6 Monaten
after-a-year = nach einem Jahr
never = nie
rule-off = Aus
rule-breaking = Eilmeldungen
rule-all = Alle neuen Artikel
rule-inherit = Wie seine Kategorie ({ $rule })
quiet-from-label = Ruhe ab
quiet-until-label = Ruhe bis
quiet-saved = Ruhezeit gespeichert
breaking-hint = Eine Meldung ist eine Eilmeldung, wenn ihre Schlagzeile es sagt (BREAKING, EILMELDUNG …) oder wenn mehrere Quellen sie kurz nacheinander bringen. Jede Meldung benachrichtigt einmal; höchstens drei erscheinen pro Aktualisierung.
notify-for = Benachrichtigen für { $name }
rule-saved = Regel gespeichert
breaking-when = Eilmeldung, wenn
breaking-sources-within = Quellen eine Meldung bringen innerhalb von
keyword-hint = Um immer benachrichtigt zu werden, wenn ein Artikel etwas erwähnt, füge einen Filter mit der Aktion „Benachrichtigen“ hinzu (Filter, unten).
quiet-from = Ruhezeit von
quiet-to = bis
quiet-hint = — zurückgehaltene Benachrichtigungen kommen danach als ein Überblick
feed-status-new = neu
feed-status-ok = ok
feed-status-error = Fehler
feed-status-gone = entfernt

## Settings → Filters and views
filter-action-hide = Ausblenden
filter-action-read = Als gelesen markieren
filter-action-save = Speichern
filter-action-notify = Benachrichtigen
filter-field-any = überall
filter-field-title = im Titel
filter-field-body = im Text
filter-field-author = beim Autor
every-feed = jeder Feed
feed-number = Feed { $id }
filter-until = {" "}bis { $date }
filter-describe = { $action }: { $regex } „{ $match }“ { $field }, { $scope }{ $until }
filter-pattern-label = Wörter, Phrase oder regulärer Ausdruck
filter-pattern-placeholder = z. B. Wahl, oder eine Phrase
filter-field-label = Wo suchen
filter-scope-label = In welchen Feeds
filter-action-label = Was tun
always = immer
filter-days-label = Für wie viele Tage
filter-added = { $count ->
    [one] Filter hinzugefügt; 1 gespeicherter Artikel geändert
   *[other] Filter hinzugefügt; { $count } gespeicherte Artikel geändert
}
for = für
days = Tage
add-filter = Filter hinzufügen
filters = Filter
filters-hint = Wörter treffen ganze Wörter in jeder Schreibweise; ein regulärer Ausdruck trifft überall. Ausgeblendete Artikel verlassen jede Liste und Zahl außer „Gefiltert“ und kehren zurück, wenn der Filter entfernt wird.
filter-removed = Filter entfernt
views-hint = Gespeicherte Suchen in der Seitenleiste, gezählt, sobald Artikel eintreffen. Suche und dann „Als Ansicht speichern“, oder füge hier eine hinzu.
view-describe = { $name } — „{ $query }“{ $unread }{ $category }: { $count } Artikel
view-unread-only = , nur ungelesene
view-in-category = , in { $category }
view-removed = Ansicht entfernt
view-name-label = Name der Ansicht
view-name = Name
search-words = Suchwörter
all-categories = alle Kategorien
view-added-toast = Ansicht hinzugefügt
unread-only = nur ungelesene
add-view = Ansicht hinzufügen

## Settings → Accounts
account-name = { $user } auf { $host }
account-counts = { $feeds ->
    [one] 1 Feed
   *[other] { $feeds } Feeds
}, { $unread } ungelesen
last-sync = zuletzt synchronisiert { $date }
not-synced = noch nicht synchronisiert
pending-changes = { $count ->
    [one] 1 Änderung wartet auf das Senden
   *[other] { $count } Änderungen warten auf das Senden
}
account-status-ok = OK
account-status-error = Synchronisierung fehlgeschlagen
account-status-auth = Anmeldung abgelehnt
refused-changes = { $count ->
    [one] 1 Änderung wurde vom Server abgelehnt
   *[other] { $count } Änderungen wurden vom Server abgelehnt
}
refused-change = { $change } { $target }: { $reason }
change-read = Als gelesen markieren
change-unread = Als ungelesen markieren
change-save = Speichern
change-unsave = Nicht mehr speichern
change-subscribe = Abonnieren
change-unsubscribe = Abbestellen
change-rename-feed = Umbenennen
change-move-feed = Verschieben
change-rename-category = Kategorie umbenennen
change-remove-category = Kategorie entfernen
remove-account-confirm = { $account } entfernen? Seine Feeds und Artikel verlassen diesen Computer; gespeicherte Artikel bleiben.
account-removed = Konto entfernt
server-type = Servertyp
kind-greader = Google-Reader-API (FreshRSS, Miniflux, Inoreader, The Old Reader …)
kind-fever = Fever
server-address = API-Adresse des Servers
user-name = Benutzername
api-password = API-Passwort
fever-limits = Fever kann keine Feeds abonnieren, abbestellen, umbenennen oder verschieben: Das geht nur auf dem Server.
plain-http-warning = Warnung: http sendet Passwort und Artikel unverschlüsselt. Nutze https, außer der Server steht in deinem eigenen Netz.
connection-works = Verbindung klappt: Der Server hat die Anmeldung angenommen
test-connection = Verbindung testen
account-added-file = Konto hinzugefügt. Hier gibt es keinen Schlüsselbund: Das Passwort liegt in einer Datei, die nur du lesen kannst.
account-added = Konto hinzugefügt; seine Feeds kommen mit der ersten Synchronisierung.
server = Server
address = Adresse
user = Benutzer
add-account = Konto hinzufügen
accounts = Konten
accounts-hint = Synchronisiere mit einem Feed-Server, den du schon nutzt. Der Server ruft die Feeds ab; Bulletin spiegelt seine Abonnements, Artikel und den Gelesen- und Gespeichert-Status und sendet deine Änderungen zurück — sicher aufbewahrt, bis der Server sie hat, auch offline.
