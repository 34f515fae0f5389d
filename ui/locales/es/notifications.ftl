# Notificaciones de escritorio (véase en/notifications.ftl).

notify-sources-two = { $a } y { $b }
notify-sources-more = { $a }, { $b } y { $more } más
notify-more-breaking = { $count ->
    [one] 1 noticia de última hora más
   *[other] { $count } noticias de última hora más
}
notify-more-stories = { $count ->
    [one] 1 noticia más
   *[other] { $count } noticias más
}
notify-quiet-digest = { $count ->
    [one] 1 noticia durante las horas de silencio
   *[other] { $count } noticias durante las horas de silencio
}
notify-and-more = y { $count } más
notify-open = Abrir
notify-save = Guardar
