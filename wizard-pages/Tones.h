#pragma once
// Colours that carry a meaning (an error, a step done, one that would change), picked
// for the palette in use: a darker shade on a light background, a lighter one on a dark
// palette, and the plain text colour when neither reaches a contrast of 4.5:1 (WCAG AA).
// Meaning never rests on colour alone: the words or a glyph say it as well.

#include <QColor>
#include <QString>

class QPalette;

namespace odoodeploy::Tones {

enum class Tone { Error, Warning, Success, Busy, Muted };

// Readable on the palette's window and base (field) backgrounds alike.
QColor color(Tone tone, const QPalette &palette);
// A style sheet for a label's text in that colour.
QString textStyle(Tone tone, const QPalette &palette);
// A style sheet that marks an input as invalid by its border.
QString invalidBorderStyle(const QPalette &palette);
// WCAG 2 contrast ratio between two colours, from 1 to 21.
double contrast(const QColor &a, const QColor &b);

} // namespace odoodeploy::Tones
