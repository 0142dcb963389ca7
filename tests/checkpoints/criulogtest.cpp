// SPDX-License-Identifier: GPL-2.0-or-later
// CRIU failures made readable: the log's path from the engine's message, the
// Error lines, and advice for the known causes.
#include "criulog.h"

#include <QTest>

using namespace Stasis;

namespace
{
const QString dumpMessage = QStringLiteral(
    "Cannot checkpoint container app: criu failed: type NOTIFY errno 0 path= "
    "/run/stasis/exec/containerd/io.containerd.runtime.v2.task/moby/0123abcd/criu-dump.log: unknown");

const QString ttyLog = QStringLiteral(
    "(00.000010) Version: 4.1.1 (gitid 0)\n"
    "(00.004512) Dumping task (pid: 4242)\n"
    "(00.012345) Error (criu/tty.c:1012): tty: Don't have tty to inherit session from, aborting\n"
    "(00.012400) Error (criu/files.c:1359): Unable to open fd=0 id=0x5\n"
    "(00.013000) Restoring FAILED.\n");
} // namespace

class CriuLogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheLogPath_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("path");
        QTest::newRow("containerd") << dumpMessage << QStringLiteral("/run/stasis/exec/containerd/io.containerd.runtime.v2.task/moby/0123abcd/criu-dump.log");
        QTest::newRow("restore") << QStringLiteral("criu failed: type RESTORE errno 0\npath=/var/run/docker/containerd/bundle/restore.log")
                                 << QStringLiteral("/var/run/docker/containerd/bundle/restore.log");
        QTest::newRow("none") << QStringLiteral("Container app is not running") << QString();
        QTest::newRow("runc") << QStringLiteral("criu failed: type RESTORE errno 0\nlog file: /run/runc/a/restore.log")
                              << QStringLiteral("/run/runc/a/restore.log");
    }

    void findsTheLogPath()
    {
        QFETCH(QString, message);
        QFETCH(QString, path);
        QCOMPARE(CriuLog::pathIn(message), path);
    }

    void listsErrorLinesInOrder()
    {
        QCOMPARE(CriuLog::errorLines(ttyLog),
                 (QStringList{QStringLiteral("(00.012345) Error (criu/tty.c:1012): tty: Don't have tty to inherit session from, aborting"),
                              QStringLiteral("(00.012400) Error (criu/files.c:1359): Unable to open fd=0 id=0x5")}));
        QVERIFY(CriuLog::errorLines(QStringLiteral("(00.1) Dumping\n(00.2) Dumped\n")).isEmpty());
    }

    void advisesOnKnownFailures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tty") << ttyLog << QStringLiteral("TTY");
        QTest::newRow("seccomp") << QStringLiteral("Error (compel/src/lib/infect.c:1): suspending seccomp failed") << QStringLiteral("seccomp");
        QTest::newRow("seccomp flag") << QStringLiteral("Error (criu/kerndat.c:1): PTRACE_O_SUSPEND_SECCOMP is not supported") << QStringLiteral("seccomp");
        QTest::newRow("vdso") << QStringLiteral("Error (criu/vdso.c:1): vdso: Unexpected rt vDSO area bounds") << QStringLiteral("too old");
        QTest::newRow("vdso image") << QStringLiteral("Error (criu/vdso.c:1): Can't find vDSO area in image") << QStringLiteral("too old");
        QTest::newRow("bad size") << QStringLiteral("Error (criu/files-reg.c:1): File usr/bin/app has bad size 100") << QStringLiteral("files differ");
        QTest::newRow("missing file") << QStringLiteral("Error (criu/files-reg.c:1): Can't open file tmp/x on restore") << QStringLiteral("files differ");
        QTest::newRow("generic") << dumpMessage << QStringLiteral("generic failure");
    }

    void advisesOnKnownFailures()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QStringList advice = CriuLog::advice(text);
        QCOMPARE(advice.size(), 1);
        QVERIFY2(advice.first().contains(expected), qPrintable(advice.first()));
    }

    void noAdviceForUnknownText()
    {
        QVERIFY(CriuLog::advice(QStringLiteral("Error (criu/x.c:1): something new")).isEmpty());
    }

    void detailsPutErrorsFirst()
    {
        const QString details = CriuLog::details(ttyLog, dumpMessage);
        const qsizetype errors = details.indexOf(QLatin1String("Error (criu/tty.c:1012)"));
        const qsizetype advice = details.indexOf(QLatin1String("TTY"));
        const qsizetype log = details.indexOf(QLatin1String("Version: 4.1.1"));
        QVERIFY(errors >= 0 && advice > errors && log > advice);
        // Both the TTY cause from the log and the generic NOTIFY from the message.
        QVERIFY(details.contains(QLatin1String("generic failure")));
        QVERIFY(CriuLog::details({}, QStringLiteral("unrelated")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(CriuLogTest)
#include "criulogtest.moc"
