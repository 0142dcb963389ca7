// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

class QAbstractItemView;
class QLabel;
class QMessageBox;
class QWidget;

/// Where the window shows text that may quote an archive, an image or an
/// engine: as typed, never interpreted as rich text (a QLabel, a tool tip or
/// a QMessageBox would otherwise render `<font color=green>` in a name).
namespace Stasis::PlainText
{

/// A label that shows its text as plain text.
QLabel *label(QWidget *parent);
/// Makes @p box show its text as plain text; returns it.
QMessageBox *box(QMessageBox *box);
/// Shows the tool tips of @p view's items as plain text.
void showToolTipsPlain(QAbstractItemView *view);

} // namespace Stasis::PlainText
