// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

/// Text that came from an archive, an image or an engine, made safe to print
/// on a terminal: nothing in it can move the cursor, recolour, hide or
/// reorder what follows, or start a line of its own.
namespace Stasis::UntrustedText
{

/// True for what a terminal does not show as itself: control characters
/// (newlines and ANSI escapes included), format characters (bidi overrides
/// and isolates, zero-width characters) and line or paragraph separators.
bool isHidden(char32_t character);

/// @p text with every hidden character written as an escape: `\x1b`,
/// `\u{202e}`. A backslash stays as it is.
QString escaped(QStringView text);

/// @p text with every character but printable ASCII written as an escape,
/// as escaped() writes them, and the visible ones as `\u{2714}`: for names
/// refused for not being plain ASCII, where the message shows which
/// character it is (a Cyrillic 'а' looks like 'a').
QString asciiEscaped(QStringView text);

} // namespace Stasis::UntrustedText
