// SPDX-License-Identifier: GPL-2.0-or-later
// EngineClient against a fake engine that answers with a redirect: the real
// engine never sends one, and following it could send checkpoints elsewhere.
#include "engineclient.h"

#include "engineendpoint.h"
#include "fakeengine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using Stasis::Test::FakeEngine;

class EngineClientTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doesNotFollowRedirects()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engine.sock"));
        FakeEngine engine(path, [](QLocalSocket *socket) {
            socket->write(
                "HTTP/1.1 307 Temporary Redirect\r\nLocation: unix+http://docker/elsewhere\r\nContent-Type: application/json\r\n"
                "Content-Length: 2\r\n\r\n{}");
        });
        const auto endpoint = EngineEndpoint::parse(QLatin1String("unix://") + path);
        QVERIFY(endpoint);
        EngineClient client(*endpoint);
        QFuture<EngineResult<EngineVersion>> version = client.version();
        QTRY_VERIFY_WITH_TIMEOUT(version.isFinished(), 10000);
        QVERIFY(!version.result());
        QCOMPARE(version.result().error().httpStatus, 307);
        QCOMPARE(engine.request().count("GET "), 1);
        QVERIFY(!engine.request().contains("elsewhere"));
    }
};

QTEST_GUILESS_MAIN(EngineClientTest)
#include "engineclienttest.moc"
