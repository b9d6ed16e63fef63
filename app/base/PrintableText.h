#pragma once
// What a remote command prints is shown in the log pane, written to the log file and
// to the user's terminal. A hostile or broken server could print terminal escape
// sequences (which rewrite what the terminal shows, or worse), NULs, or right-to-left
// overrides that make a line read differently than it is. Before output goes anywhere
// it is made printable: tabs and line breaks stay; a carriage return ends a line (apt
// and wget redraw progress with it); every other control character, and the bidi
// controls, become U+FFFD. Invalid UTF-8 is already U+FFFD after QString::fromUtf8.

#include <QString>

namespace odoodeploy {

QString printableText(const QString &text);

} // namespace odoodeploy
