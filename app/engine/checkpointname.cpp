// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointname.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stasis::CheckpointName
{

namespace
{

/// The translation context of the functions here (a namespace has no tr()).
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::CheckpointName)
};

} // namespace

QString problem(const QString &name)
{
    // moby's restrictedNamePattern; newer engines also refuse a trailing dot.
    // Anchored for the whole text: `$` alone also matches before a final newline.
    static const QRegularExpression rule(QRegularExpression::anchoredPattern(QStringLiteral("[a-zA-Z0-9][a-zA-Z0-9_.-]+")));
    if (!rule.match(name).hasMatch() || name.endsWith(QLatin1Char('.'))) {
        return Messages::tr(
                   "'%1' is not a valid checkpoint name: use at least two characters, letters, digits, '_', '.' or '-', starting with "
                   "a letter or digit and not ending with '.'.")
            .arg(name);
    }
    return {};
}

} // namespace Stasis::CheckpointName
