// SPDX-License-Identifier: GPL-2.0-or-later
// stasisctl refuses, before any request, a connection that would carry
// checkpoints unprotected — unless told --allow-insecure. No engine needed:
// the refusal comes first, and the allowed attempt meets a closed port.
#include "stasisctlrun.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QTest>

using namespace Stasis::Test;

class InsecureConnectionTest : public QObject
{
    Q_OBJECT

private:
    /// tcp:// to this machine's own non-loopback address, port 1 (closed): not loopback, yet refused at once.
    static QString otherMachineUrl()
    {
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
                return QStringLiteral("tcp://%1:1").arg(address.toString());
            }
        }
        return {};
    }

private Q_SLOTS:
    void refusesPlainHttpToAnotherMachine()
    {
        const QString url = otherMachineUrl();
        QVERIFY2(!url.isEmpty(), "this machine has no IPv4 address but loopback");
        const CtlRun refused = stasisctl({QStringLiteral("--host"), url, QStringLiteral("checkpoint"), QStringLiteral("ls"), QStringLiteral("cr")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("plain HTTP to another machine")) && refused.err.contains(QLatin1String("--allow-insecure")),
                 qPrintable(refused.err));

        const CtlRun allowed = stasisctl(
            {QStringLiteral("--allow-insecure"), QStringLiteral("--host"), url, QStringLiteral("checkpoint"), QStringLiteral("ls"), QStringLiteral("cr")});
        QCOMPARE(allowed.exitCode, 1);
        QVERIFY2(allowed.err.contains(QLatin1String("warning: ") + url + QLatin1String(" is plain HTTP")), qPrintable(allowed.err));
        QVERIFY2(!allowed.err.contains(QLatin1String("--allow-insecure")), qPrintable(allowed.err));
    }

    void allowsPlainHttpOnThisMachine()
    {
        const CtlRun run = stasisctl(
            {QStringLiteral("--host"), QStringLiteral("tcp://127.0.0.1:1"), QStringLiteral("checkpoint"), QStringLiteral("ls"), QStringLiteral("cr")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.err.contains(QLatin1String("plain HTTP")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(InsecureConnectionTest)
#include "insecureconnectiontest.moc"
