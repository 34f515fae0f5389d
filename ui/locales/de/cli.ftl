# Meldungen des Kommandozeilenprogramms (siehe en/cli.ftl).

cli-no-feeds = Noch keine Feeds. Füge einen mit `bulletin feeds add URL` oder `bulletin starter` hinzu.
cli-last-error = letzter Fehler: { $error }
cli-no-articles = Keine Artikel.
cli-appeared-first = Der Beitrag erschien zuerst auf { $site }.
cli-prev-next = vorheriger: { $prev }  nächster: { $next }
cli-also-like = Das könnte dich auch interessieren:
cli-category-counts = { $unread } ungelesen / { $total }
cli-done-removed = entfernt
cli-done-renamed = umbenannt
cli-done-moved = verschoben
cli-done-muted = stummgeschaltet
cli-done-unmuted = Stummschaltung aufgehoben
cli-done-saved = gespeichert
cli-done-unsaved = nicht mehr gespeichert
cli-done-read = als gelesen markiert
cli-done-unread = als ungelesen markiert
cli-marked-read = { $count ->
    [one] 1 Artikel als gelesen markiert
   *[other] { $count } Artikel als gelesen markiert
}
cli-feed-added = { $id } hinzugefügt — { $title } ({ $count } Artikel)
cli-imported = { $added ->
    [one] 1 Feed hinzugefügt
   *[other] { $added } Feeds hinzugefügt
}, { $existing } schon vorhanden. Mit `bulletin sync` abrufen.
cli-sync-summary = { $new ->
    [one] 1 neuer Artikel
   *[other] { $new } neue Artikel
} aus { $feeds ->
    [one] 1 Feed
   *[other] { $feeds } Feeds
}{ $accounts ->
    [0] {""}
    [one] {" "}und 1 Serverkonto
   *[other] {" "}und { $accounts } Serverkonten
} ({ $updated } aktualisiert, { $unchanged } unverändert, { $failed } fehlgeschlagen, { $skipped } übersprungen) in { $ms } ms
cli-failed = fehlgeschlagen
cli-account-failed = Konto { $id } — { $error }
cli-watch-done = { $new ->
    [one] 1 neuer Artikel
   *[other] { $new } neue Artikel
}, { $failed ->
    [one] 1 Feed fehlgeschlagen
   *[other] { $failed } Feeds fehlgeschlagen
} ({ $ms } ms)
cli-sync-failed = Aktualisierung fehlgeschlagen: { $error }
cli-no-notifications = Noch keine Benachrichtigungen.
cli-paused-until = Benachrichtigungen pausiert bis { $when }
cli-resumed = Benachrichtigungen wieder aktiv
cli-no-filters = Keine Filter. Füge einen mit `bulletin filters add --match WÖRTER --action hide` hinzu.
cli-filter-added = Filter hinzugefügt: { $filter }
cli-filter-removed = Filter { $id } entfernt
cli-articles-changed = { $count ->
    [one] 1 Artikel geändert
   *[other] { $count } Artikel geändert
}
cli-no-views = Keine Ansichten. Füge eine mit `bulletin views add NAME --query WÖRTER` hinzu.
cli-view-added = Ansicht „{ $name }“ hinzugefügt: { $count } Artikel, { $unread } ungelesen
cli-view-removed = Ansicht „{ $name }“ entfernt
cli-no-accounts = Keine Konten. Füge eines mit `bulletin account add greader --url URL --user NUTZER` hinzu.
cli-account-added = Konto { $id } hinzugefügt — { $kind } { $user } auf { $url }
cli-account-removed = Konto { $id } entfernt
cli-account-refused = vom Server abgelehnt: { $change } { $target }: { $reason }
cli-subscribed-on = { $url } auf Konto { $account } abonniert
cli-subscribed-on-queued = auf Konto { $account } abonniert
cli-imported-on = { $added ->
    [one] 1 Feed
   *[other] { $added } Feeds
} auf Konto { $account } abonniert, { $existing } schon vorhanden
cli-account-queued = Konto { $id } konnte gerade nicht synchronisieren ({ $error }); die Änderung wird bei der nächsten Aktualisierung gesendet
cli-warn-plain-http = { $url } ist unverschlüsseltes http: Passwort und Artikel gehen unverschlüsselt durchs Netz. Nutze https, außer der Server steht in deinem eigenen Netz.
cli-warn-no-keyring = dieses System hat keinen Passwortspeicher (Secret Service, Schlüsselbund, Anmeldeinformationsverwaltung); das Passwort liegt in { $file }, nur für dich lesbar
cli-account-line = { $user } auf { $url }  ({ $feeds } Feeds, { $unread } ungelesen, { $pending } ausstehend, zuletzt synchronisiert { $last })
cli-never = nie
cli-progress-new = { $count ->
    [one] 1 neuer Artikel
   *[other] { $count } neue Artikel
}
cli-error = Fehler: { $message }
cli-cause = { $context }: { $cause }
cli-warning = Warnung: { $message }
cli-no-data-dir = dieses System hat kein Datenverzeichnis; geben Sie --db PFAD an
cli-opening = beim Öffnen von { $path }
cli-reading = beim Lesen von { $path }
cli-writing = beim Schreiben von { $path }
cli-unknown-value = unbekannter Wert „{ $value }“
cli-password-stdin = beim Lesen des Passworts von der Standardeingabe
cli-no-password = kein Passwort: --password-stdin angeben oder { $env } setzen
cli-empty-password = das Passwort ist leer

# Aufruffehler (von clap, hier formuliert)
cli-usage-unknown-argument = unerwartetes Argument „{ $arg }“
cli-usage-unknown-command = unbekannter Unterbefehl „{ $name }“
cli-usage-value-required = „{ $arg }“ braucht einen Wert, es wurde keiner angegeben
cli-usage-invalid-value = ungültiger Wert „{ $value }“ für „{ $arg }“
cli-usage-between = muss eine ganze Zahl von { $min } bis { $max } sein
cli-usage-not-a-number = keine ganze Zahl
cli-usage-possible-values = mögliche Werte: { $values }
cli-usage-missing-arguments = folgende nötige Argumente fehlen:
cli-usage-missing-command = „{ $name }“ braucht einen Unterbefehl, es wurde keiner angegeben
cli-usage-commands = Unterbefehle: { $values }
cli-usage-repeated = das Argument „{ $arg }“ darf nur einmal vorkommen
cli-usage-conflict = das Argument „{ $arg }“ kann nicht zusammen mit „{ $other }“ verwendet werden
cli-usage-too-many-values = unerwarteter Wert „{ $value }“ für „{ $arg }“; es wurden keine weiteren erwartet
cli-usage-value-count = „{ $arg }“ braucht { $expected } Werte, angegeben wurden { $actual }
cli-usage-no-equals = Werte für „{ $arg }“ müssen mit Gleichheitszeichen angegeben werden
cli-usage-invalid-utf8 = in den Argumenten ist ungültiges UTF-8
cli-usage-other = die Argumente konnten nicht gelesen werden
cli-usage-tip-command = Tipp: es gibt einen ähnlichen Unterbefehl: „{ $similar }“
cli-usage-tip-argument = Tipp: es gibt ein ähnliches Argument: „{ $similar }“
cli-usage-tip-value = Tipp: es gibt einen ähnlichen Wert: „{ $similar }“
cli-usage-tip-escape = Tipp: um „{ $arg }“ als Wert zu übergeben, „-- { $arg }“ schreiben
cli-usage-more = Mehr dazu mit „{ $flag }“.
