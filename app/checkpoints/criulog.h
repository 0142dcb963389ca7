// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Stasis
{

/// Makes a CRIU log readable: the engine's error only says "criu failed"
/// and names the log; the cause is in the log's `Error (…)` lines.
class CriuLog final
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::CriuLog)

public:
    /// The CRIU log an engine error message names (`path=…/criu-dump.log`,
    /// `…/restore.log`), on the engine host; empty when it names none.
    static QString pathIn(const QString &engineMessage);

    /// The `Error (…)` lines of @p log, in order.
    static QStringList errorLines(const QString &log);

    /// What to do about the known failures in @p text (a log or an engine
    /// message), one sentence each, without repeats.
    static QStringList advice(const QString &text);

    /// For the user: the error lines first, then the advice, then the log.
    static QString details(const QString &log, const QString &engineMessage = {});
};

} // namespace Stasis
