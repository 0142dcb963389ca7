// SPDX-License-Identifier: GPL-2.0-or-later
// EngineClient against a fake engine that answers with a redirect (the real
// engine never sends one, and following it could send checkpoints elsewhere)
// or with an endless JSON answer (which must not fill the memory), and an
// image load that fails inside its 200 answer.
#include "engineclient.h"
#include "engineexchange.h"

#include "engineendpoint.h"
#include "fakeengine.h"
#include "peakmemory.h"

#include <QBuffer>
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

    void aLoadFailingInsideItsAnswerIsAnError_data()
    {
        QTest::addColumn<bool>("streamed");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("error");
        const QByteArray loaded = "{\"stream\":\"Loaded image: a:1\\n\"}\r\n";
        const QByteArray failed = "{\"errorDetail\":{\"message\":\"invalid archive: no manifest\"},\"error\":\"invalid archive: no manifest\"}\r\n";
        for (const bool streamed : {false, true}) {
            const char *how = streamed ? "streamed" : "in memory";
            QTest::addRow("%s, loaded", how) << streamed << loaded << QString();
            QTest::addRow("%s, failed", how) << streamed << QByteArray(loaded + failed) << QStringLiteral("invalid archive: no manifest");
            QTest::addRow("%s, not JSON", how) << streamed << QByteArray("Loaded\r\n")
                                               << QStringLiteral("The engine's answer to an image load is not a stream of JSON messages.");
        }
    }

    void aLoadFailingInsideItsAnswerIsAnError()
    {
        QFETCH(bool, streamed);
        QFETCH(QByteArray, answer);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engine.sock"));
        FakeEngine engine(path, [answer](QLocalSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(answer.size()) + "\r\n\r\n" + answer);
        });
        const auto endpoint = EngineEndpoint::parse(QLatin1String("unix://") + path);
        QVERIFY(endpoint);
        EngineClient client(*endpoint);
        QByteArray tar(4096, '\0');
        std::optional<EngineError> failure;
        if (streamed) {
            QBuffer buffer(&tar);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            std::unique_ptr<EngineExchange> load(client.loadImage(&buffer, tar.size(), nullptr));
            QSignalSpy finished(load.get(), &EngineExchange::finished);
            QVERIFY(finished.wait(10000));
            failure = EngineClient::loadError(*load);
        } else {
            QFuture<EngineResult<void>> loaded = client.loadImage(tar);
            QTRY_VERIFY_WITH_TIMEOUT(loaded.isFinished(), 10000);
            if (!loaded.result()) {
                failure = loaded.result().error();
            }
        }
        QVERIFY(engine.request().startsWith("POST /images/load?quiet=1 HTTP/1.1\r\n"));
        QCOMPARE(failure.has_value(), !error.isEmpty());
        if (failure) {
            QCOMPARE(failure->message, error);
        }
    }
};

QTEST_GUILESS_MAIN(EngineClientTest)
#include "engineclienttest.moc"
