// SPDX-License-Identifier: GPL-2.0-or-later
#include "engine/engineendpoint.h"

#include <QTest>

using namespace Stasis;

class EngineEndpointTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesUnixSockets()
    {
        const auto endpoint = EngineEndpoint::parse(QStringLiteral("unix:///run/user/1000/docker.sock"));
        QVERIFY(endpoint);
        QCOMPARE(endpoint->socketPath(), QStringLiteral("/run/user/1000/docker.sock"));
        QCOMPARE(endpoint->displayUrl(), QStringLiteral("unix:///run/user/1000/docker.sock"));
    }

    void rejectsMalformedAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("relative path") << QStringLiteral("unix://docker.sock") << QStringLiteral("absolute socket path");
        QTest::newRow("no path") << QStringLiteral("unix://") << QStringLiteral("absolute socket path");
        QTest::newRow("unknown scheme") << QStringLiteral("gopher://host") << QStringLiteral("only unix://");
    }
    void rejectsMalformedAddresses()
    {
        QFETCH(QString, address);
        QFETCH(QString, expectedWords);
        const auto endpoint = EngineEndpoint::parse(address);
        QVERIFY(!endpoint);
        QVERIFY2(endpoint.error().contains(expectedWords), qPrintable(endpoint.error()));
    }

    void resolvesInTheCliOrder()
    {
        qputenv("DOCKER_HOST", "unix:///from/environment.sock");
        QCOMPARE(EngineEndpoint::resolve(QStringLiteral("unix:///explicit.sock"))->socketPath(), QStringLiteral("/explicit.sock"));
        QCOMPARE(EngineEndpoint::resolve()->socketPath(), QStringLiteral("/from/environment.sock"));
        qputenv("DOCKER_HOST", "nonsense");
        const auto bad = EngineEndpoint::resolve();
        QVERIFY(!bad);
        QVERIFY2(bad.error().startsWith(QLatin1String("DOCKER_HOST: ")), qPrintable(bad.error()));
        qunsetenv("DOCKER_HOST");
        QCOMPARE(EngineEndpoint::resolve()->socketPath(), QStringLiteral("/var/run/docker.sock"));
    }
};

QTEST_GUILESS_MAIN(EngineEndpointTest)
#include "engineendpointtest.moc"
