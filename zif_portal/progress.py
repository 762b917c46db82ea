"""Progress of long commands on a terminal: one status line rewritten in place.
Nothing at all when the output is a file or a pipe (CI logs, cron mail)."""


class Progress:
    def __init__(self, stream):
        self.out = getattr(stream, "_out", stream)  # Django's OutputWrapper wraps a stream
        isatty = getattr(self.out, "isatty", None)
        self.enabled = bool(isatty and isatty())
        self.shown = False

    def __call__(self, message):
        if self.enabled:
            self.out.write(f"\r\033[K{message}")
            self.out.flush()
            self.shown = True

    def done(self):
        """End the status line, so that what follows starts on a line of its own."""
        if self.shown:
            self.out.write("\r\033[K")
            self.out.flush()
            self.shown = False
