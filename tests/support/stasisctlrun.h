// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

// The built stasisctl, for tests that define STASISCTL_PATH (tests/stasisctl).

namespace Stasis::Test
{

/// One finished stasisctl run.
struct CtlRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the built stasisctl with @p arguments (DOCKER_HOST from @p environment) to its end.
inline CtlRun stasisctl(const QStringList &arguments, int timeoutMs = 180000, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(STASISCTL_PATH));
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!finished.wait(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            finished.wait(5000);
        }
        return CtlRun{-1, {}, QStringLiteral("stasisctl %1 did not finish").arg(arguments.join(QLatin1Char(' ')))};
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return CtlRun{process.exitCode(), out, QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

} // namespace Stasis::Test
