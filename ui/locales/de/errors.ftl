# Fehler der Engine: was die CLI nach „Fehler:“ ausgibt und die App zeigt.

## Die Datenbank

err-db-busy = Die Datenbank wird von einem anderen Programm verwendet und war 10 Sekunden lang belegt; nichts wurde geändert: Versuchen Sie es erneut, wenn es fertig ist
err-db-full = Der Datenträger ist voll: Nichts wurde gespeichert, die Datenbank ist unversehrt; geben Sie Speicherplatz frei und versuchen Sie es erneut
err-db-read-only = Die Datenbankdatei kann nicht beschrieben werden (schreibgeschützte Datei oder schreibgeschütztes Dateisystem): Nichts wurde gespeichert; prüfen Sie die Berechtigungen
err-db-cannot-open = Die Datenbankdatei kann nicht geöffnet werden: { $detail }
err-db-damaged = Die Datenbankdatei ist beschädigt oder gehört nicht zu Bulletin: { $detail }
err-db-other = Datenbankfehler: { $detail }
err-migration = Die Migration der Datenbank ist fehlgeschlagen: { $detail }
err-open = Datenbank { $path } kann nicht geöffnet werden: { $detail }
err-io = Ein-/Ausgabefehler: { $detail }

## Nicht vorhanden

err-feed-not-found = Kein Feed mit der ID { $id }
err-article-not-found = Kein Artikel mit der ID { $id }
err-category-not-found = Keine Kategorie mit dem Namen „{ $name }“
err-filter-not-found = Kein Filter mit der ID { $id }
err-account-not-found = Kein Konto mit der ID { $id }
err-view-not-found = Keine Ansicht mit dem Namen „{ $name }“

## Abonnieren

err-invalid-url = Ungültige URL „{ $url }“: { $reason }
err-feed-exists = { $url } ist bereits abonniert
err-no-feed-found = Unter { $url } wurde kein Feed gefunden (eine Webseite ohne Feed-Links)
err-opml = Ungültiges OPML: { $detail }
err-added-fetch-failed = hinzugefügt, aber der Abruf ist fehlgeschlagen: { $reason }
err-fever-subscribe = Fever kann keine Feeds abonnieren: Abonnieren Sie auf dem Server selbst; die nächste Synchronisierung bringt den Feed hierher
err-fever-subscribe-queued = Fever kann keine Feeds abonnieren: Abonnieren Sie auf dem Server
err-fever-structure = Fever kann Feeds und Kategorien nicht ändern: Ändern Sie sie auf dem Server
err-outbox-gave-up = nach { $tries } Versuchen aufgegeben: { $reason }
err-outbox-not-kept = der Server hat { $tries }-mal OK geantwortet, die Änderung aber nicht übernommen

## Abgelehnte Werte

err-quiet-hours-format = Ruhezeiten müssen wie 22:00-07:00 aussehen, nicht „{ $value }“
err-quiet-hours-same = Ruhezeiten müssen zu verschiedenen Zeiten beginnen und enden
err-rule-mode = Eine Benachrichtigungsregel ist off, breaking oder all, nicht „{ $value }“
err-notification-reason = Unbekannter Benachrichtigungsgrund „{ $value }“
err-filter-empty = Ein Filter braucht Wörter, eine Wortgruppe oder einen regulären Ausdruck
err-filter-too-long = Das Muster eines Filters ist auf { $max } Zeichen begrenzt
err-filter-regex = Kein gültiger regulärer Ausdruck: { $reason }
err-category-name = Eine Kategorie braucht einen Namen
err-feed-interval = Das Intervall eines Feeds liegt zwischen 1 und 10080 Minuten (einer Woche)
err-account-exists = Es gibt bereits ein { $kind }-Konto für { $user } auf { $url }
err-view-name = Eine Ansicht braucht einen Namen
err-view-query = Eine Ansicht braucht Suchwörter
err-view-exists = Es gibt bereits eine Ansicht mit dem Namen „{ $name }“
err-bad-day = Ungültiger Tag { $day }
err-day-no-midnight = Der Tag { $day } hat keine lokale Mitternacht
err-bad-month = Erwartet wird ein Monat als JJJJ-MM, nicht „{ $value }“
err-setting-number = { $key } muss eine ganze Zahl von { $lo } bis { $hi } sein, nicht „{ $value }“
err-setting-retention = retention_days muss eine Anzahl Tage von 1 bis 3650 sein oder nie (0), nicht „{ $value }“
err-setting-theme = theme muss system, light oder dark sein, nicht „{ $value }“
err-setting-boolean = { $key } muss true oder false sein
err-setting-seconds = { $key } muss in Unix-Sekunden angegeben werden, nicht „{ $value }“
err-setting-keywords = Stichwörter sind auf 4096 Zeichen begrenzt
err-setting-language = language muss system oder eine dieser Sprachen sein: { $languages }, nicht „{ $value }“
err-setting-unknown = Unbekannte Einstellung „{ $key }“
err-setting-not-number = Die Einstellung { $key } ist keine Zahl: „{ $value }“

## Ganze Artikel und Serverkonten

err-page-unreadable = Die Seite konnte nicht gelesen werden: { $reason }
err-page-no-article = Auf der Seite wurde kein Artikel gefunden: { $reason }
err-page-broke-reader = Die Seite hat den Artikelleser zum Absturz gebracht ({ $reason })
err-extraction-failed = Das Herauslösen des Artikels ist fehlgeschlagen: { $reason }
err-article-no-link = Der Artikel hat keinen Link
err-story-matching = Das Zuordnen der Meldungen ist fehlgeschlagen
err-server-items = Die Einträge des Servers konnten nicht umgewandelt werden: { $reason }
err-password-keep = Das Passwort kann nicht gespeichert werden: { $reason }
err-password-remove = Das Passwort kann nicht entfernt werden: { $reason }

## Abruf eines Feeds

err-fetch-connect = Keine Verbindung möglich: { $detail }
err-fetch-timeout = Zeitüberschreitung
err-fetch-network = Netzwerkfehler: { $detail }
err-fetch-status = HTTP { $status }
err-fetch-gone = Der Feed existiert nicht mehr (HTTP 410); er wird nicht mehr abgerufen
err-fetch-retry-later = Der Server bittet zu warten (HTTP { $status }) bis { $until }
err-fetch-redirects = Zu viele Weiterleitungen (mehr als { $max })
err-fetch-bad-redirect = Fehlerhafte Weiterleitung: { $detail }
err-fetch-too-large = Die Antwort ist größer als { $max } Bytes
err-fetch-html = Kein Feed: Der Server hat eine Webseite geschickt
err-fetch-parse = Der Feed konnte nicht gelesen werden: { $detail }
err-fetch-undecodable = Der Feed konnte nicht gelesen werden: Seine Bytes sind kein Text (weder { $encoding } noch eine erkennbare Kodierung)
err-fetch-invalid-url = Ungültige Feed-URL: { $detail }

## Ein Feed-Server

err-account-auth = Der Server hat die Anmeldung abgelehnt: Prüfen Sie den Benutzernamen und das API-Passwort
err-account-retry-later = Der Server bittet zu warten bis { $until }
err-account-status = HTTP { $status } vom Server ({ $what })
err-account-protocol = Die Antwort des Servers auf { $what } entspricht nicht dem Protokoll: { $reason }
err-account-credentials = Kein Passwort für dieses Konto: { $reason }
err-endpoint-url = Die Server-URL „{ $url }“ ist keine URL: { $reason }
err-endpoint-scheme = Die Server-URL muss http oder https sein, nicht { $scheme }:
err-endpoint-join = Die API-URL kann nicht gebildet werden: { $reason }
