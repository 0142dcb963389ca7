// SPDX-License-Identifier: GPL-2.0-or-later
// EngineClient against a fake engine that answers with a redirect (the real
// engine never sends one, and following it could send checkpoints elsewhere)
// or with an endless JSON answer (which must not fill the memory).
#include "engineclient.h"

#include "engineendpoint.h"
#include "fakeengine.h"
#include "peakmemory.h"

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

    void refusesAnAnswerTooLarge_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("declared length") << false;
        QTest::newRow("chunked") << true;
    }

    void refusesAnAnswerTooLarge()
    {
        QFETCH(bool, chunked);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engine.sock"));
        constexpr qsizetype piece = 256 * 1024;
        constexpr qsizetype pieces = 800; // 200 MiB of one JSON string
        qsizetype sent = 0;
        FakeEngine engine(path, [&sent, chunked](QLocalSocket *socket) {
            const QByteArray length = chunked ? QByteArray("Transfer-Encoding: chunked\r\n\r\n" + QByteArray::number(piece * pieces, 16) + "\r\n")
                                              : QByteArray("Content-Length: " + QByteArray::number(piece * pieces) + "\r\n\r\n");
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + length);
            Stasis::Test::feed(socket, piece, pieces, '"', 'x', sent);
        });
        const auto endpoint = EngineEndpoint::parse(QLatin1String("unix://") + path);
        QVERIFY(endpoint);
        EngineClient client(*endpoint);
        QVERIFY(Stasis::Test::resetPeakRss());
        const qint64 before = Stasis::Test::peakRss();
        QFuture<EngineResult<EngineInfo>> info = client.info();
        QTRY_VERIFY_WITH_TIMEOUT(info.isFinished(), 60000);
        QVERIFY(!info.result());
        const EngineError error = info.result().error();
        QCOMPARE(error.kind, EngineError::Kind::Protocol);
        QVERIFY2(error.message.contains(QLatin1String("too large")), qPrintable(error.message));
        QVERIFY2(sent < pieces, "the whole 200 MiB was taken in");
        const qint64 held = Stasis::Test::peakRss() - before;
        // The cap, and Qt's buffers on the way: far from the 200 MiB sent.
        QVERIFY2(held < 2 * EngineClient::maxAnswerSize, qPrintable(QStringLiteral("%1 bytes held").arg(held)));
    }
};

QTEST_GUILESS_MAIN(EngineClientTest)
#include "engineclienttest.moc"
