// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

#include <sys/stat.h>

// What a test asks of the machine it runs on: a program of the build
// environment (GNU tar, unzip, checkpointctl) run over files it wrote, and
// those files' names and modes.

namespace Stasis::Test
{

/// Runs @p program in @p directory; its standard output, or empty with @p failure set.
inline QByteArray run(const QString &program, const QStringList &arguments, const QString &directory, QString *failure)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!finished.wait(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *failure = QStringLiteral("%1 %2 failed: %3").arg(program, arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAllStandardError()));
        return {};
    }
    return process.readAllStandardOutput();
}

/// Every entry of @p folder, hidden ones too.
inline QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

/// The permission bits of @p path; -1 when it cannot be read.
inline int fileMode(const QString &path)
{
    struct stat status{};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
}

} // namespace Stasis::Test
