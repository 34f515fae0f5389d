# Desktop-Benachrichtigungen (siehe en/notifications.ftl).

notify-sources-two = { $a } und { $b }
notify-sources-more = { $a }, { $b } und { $more } weitere
notify-more-breaking = { $count ->
    [one] 1 weitere Eilmeldung
   *[other] { $count } weitere Eilmeldungen
}
notify-more-stories = { $count ->
    [one] 1 weitere Meldung
   *[other] { $count } weitere Meldungen
}
notify-quiet-digest = { $count ->
    [one] 1 Meldung während der Ruhezeit
   *[other] { $count } Meldungen während der Ruhezeit
}
notify-and-more = und { $count } weitere
notify-open = Öffnen
notify-save = Speichern
