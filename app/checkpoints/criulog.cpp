// SPDX-License-Identifier: GPL-2.0-or-later
#include "criulog.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stasis
{

namespace
{

struct KnownFailure {
    QStringList markers;
    QString advice;
};

QList<KnownFailure> knownFailures()
{
    return {
        {{QStringLiteral("Don't have tty to inherit session from")},
         CriuLog::tr("The container has a terminal (TTY) that CRIU cannot take over: restore into a container created without a TTY (-t), or start it again.")},
        {{QStringLiteral("suspending seccomp failed"), QStringLiteral("PTRACE_O_SUSPEND_SECCOMP")},
         CriuLog::tr("CRIU could not suspend the container's seccomp filter: run the container with --security-opt seccomp=unconfined, or use a kernel "
                     "with CONFIG_CHECKPOINT_RESTORE.")},
        {{QStringLiteral("Unexpected rt vDSO area bounds"), QStringLiteral("Can't find vDSO area in image")},
         CriuLog::tr("The engine host's CRIU is too old for its kernel: update CRIU until `criu check` says \"Looks good.\".")},
        {{QStringLiteral("bad size"), QStringLiteral("Can't open file")},
         CriuLog::tr("The container's files differ from when the checkpoint was taken (a file is gone or changed size): restore into a container with the "
                     "same image and files, or take a new checkpoint.")},
        {{QStringLiteral("type NOTIFY errno 0")}, CriuLog::tr("CRIU reported a generic failure; the cause is in the Error lines of its log.")},
    };
}
} // namespace

QString CriuLog::pathIn(const QString &engineMessage)
{
    // containerd: "criu failed: type NOTIFY errno 0 path= /…/criu-dump.log: …"; runc: "log file: /…/restore.log".
    static const QRegularExpression path(QStringLiteral("(?:path=|log file:)\\s*(/[^\\s:,\"]+\\.log)"));
    const QRegularExpressionMatch match = path.match(engineMessage);
    return match.hasMatch() ? match.captured(1) : QString();
}

QStringList CriuLog::errorLines(const QString &log)
{
    QStringList lines;
    for (const QStringView line : QStringTokenizer(log, QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("Error ("))) {
            lines.append(line.trimmed().toString());
        }
    }
    return lines;
}

QStringList CriuLog::advice(const QString &text)
{
    QStringList advice;
    for (const KnownFailure &failure : knownFailures()) {
        for (const QString &marker : failure.markers) {
            if (text.contains(marker) && !advice.contains(failure.advice)) {
                advice.append(failure.advice);
            }
        }
    }
    return advice;
}

QString CriuLog::details(const QString &log, const QString &engineMessage)
{
    QStringList parts;
    if (const QStringList errors = errorLines(log); !errors.isEmpty()) {
        parts.append(tr("CRIU's errors:") + QLatin1Char('\n') + errors.join(QLatin1Char('\n')));
    }
    if (const QStringList hints = advice(log + QLatin1Char('\n') + engineMessage); !hints.isEmpty()) {
        parts.append(tr("What to do:") + QLatin1Char('\n') + hints.join(QLatin1Char('\n')));
    }
    if (!log.isEmpty()) {
        parts.append(tr("CRIU's log:") + QLatin1Char('\n') + log.trimmed());
    }
    return parts.join(QLatin1String("\n\n"));
}

} // namespace Stasis
