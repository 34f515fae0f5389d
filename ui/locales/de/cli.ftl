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
