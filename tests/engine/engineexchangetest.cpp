// SPDX-License-Identifier: GPL-2.0-or-later
// EngineExchange against a small HTTP server on a Unix socket in this process
// (a fake engine, for what a real one cannot send), and a body that fails.
#include "engineexchange.h"

#include "fakeengine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <functional>

using namespace Stasis;
using Stasis::Test::FakeEngine;

namespace
{
QByteArray chunked(const QByteArray &body, qsizetype chunkSize)
{
    QByteArray out;
    for (qsizetype at = 0; at < body.size(); at += chunkSize) {
        const QByteArray chunk = body.mid(at, chunkSize);
        out += QByteArray::number(chunk.size(), 16) + ";ext=1\r\n" + chunk + "\r\n";
    }
    return out + "0\r\nX-Trailer: yes\r\n\r\n";
}

QByteArray pattern(qint64 offset, qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i) {
        bytes[i] = char((offset + i) * 7 % 251);
    }
    return bytes;
}

/// A body that gives @p good bytes of its announced size, then nothing
/// until fail() makes it fail.
class FailingBody final : public QIODevice
{
public:
    explicit FailingBody(qint64 good)
        : m_good(good)
    {
        open(ReadOnly | Unbuffered);
    }
    bool isSequential() const override
    {
        return true;
    }
    void fail()
    {
        m_failing = true;
        Q_EMIT readyRead();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_given == m_good && !m_failing) {
            return 0;
        }
        if (m_given == m_good) {
            setErrorString(QStringLiteral("the disk went away"));
            return -1;
        }
        const qint64 count = std::min(maxSize, m_good - m_given);
        std::memset(data, 'b', size_t(count));
        m_given += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override
    {
        return -1;
    }

private:
    const qint64 m_good;
    qint64 m_given = 0;
    bool m_failing = false;
};

/// Reads a download to its end; the body, or nothing when it failed.
QByteArray readWhole(EngineExchange &download)
{
    QByteArray body;
    bool finished = false;
    QObject::connect(&download, &EngineExchange::readyRead, &download, [&] {
        body += download.read(download.bytesAvailable());
    });
    QObject::connect(&download, &EngineExchange::finished, &download, [&] {
        body += download.read(download.bytesAvailable());
        finished = true;
    });
    if (!QTest::qWaitFor(
            [&] {
                return finished;
            },
            10000)) {
        return {};
    }
    return body;
}
} // namespace

class EngineExchangeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_sockets = 0;

    QString socketPath()
    {
        return m_dir.filePath(QStringLiteral("engine%1.sock").arg(++m_sockets));
    }

    static EngineClient *clientFor(const QString &path, QObject *parent)
    {
        const auto endpoint = EngineEndpoint::parse(QLatin1String("unix://") + path);
        return endpoint ? new EngineClient(*endpoint, parent) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void decodesAChunkedBody()
    {
        const QString path = socketPath();
        const QByteArray body = pattern(0, 300000);
        FakeEngine engine(path, [body](QLocalSocket *socket) {
            // In small pieces, so lines and chunks arrive cut anywhere.
            const QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/x-tar\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(body, 70001);
            for (qsizetype at = 0; at < answer.size(); at += 4093) {
                socket->write(answer.mid(at, 4093));
                socket->flush();
            }
            socket->disconnectFromServer();
        });
        EngineClient *client = clientFor(path, this);
        QVERIFY(client);
        EngineExchange download(client);
        download.get(QStringLiteral("/containers/a%20b/archive"), {{QStringLiteral("path"), QStringLiteral("/checkpoints/x y")}});
        const QByteArray received = readWhole(download);
        QVERIFY2(!download.error(), qPrintable(download.error() ? download.error()->message : QString()));
        QCOMPARE(download.status(), 200);
        QCOMPARE(download.header("content-type"), QByteArray("application/x-tar"));
        QCOMPARE(received.size(), body.size());
        QVERIFY(received == body);
        QVERIFY(engine.request().startsWith("GET /containers/a%20b/archive?path=%2Fcheckpoints%2Fx%20y HTTP/1.1\r\n"));
        QVERIFY(engine.request().contains("\r\nAccept-Encoding: identity\r\n"));
        QVERIFY(engine.request().contains("\r\nConnection: close\r\n"));
    }

    void readsABodyOfKnownLength()
    {
        const QString path = socketPath();
        FakeEngine engine(path, [](QLocalSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world");
            // The connection stays open: the length alone ends the answer.
        });
        EngineExchange download(clientFor(path, this));
        download.get(QStringLiteral("/x"));
        QCOMPARE(readWhole(download), QByteArray("hello world"));
        QVERIFY(!download.error());
    }

    void reportsTheEnginesErrorMessage()
    {
        const QString path = socketPath();
        FakeEngine engine(path, [](QLocalSocket *socket) {
            const QByteArray json = R"({"message":"No such container: ghost"})";
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json);
        });
        EngineExchange download(clientFor(path, this));
        download.get(QStringLiteral("/containers/ghost/archive"));
        QSignalSpy readyRead(&download, &EngineExchange::readyRead);
        QCOMPARE(readWhole(download), QByteArray());
        QVERIFY(download.error());
        QCOMPARE(download.error()->kind, EngineError::Kind::NotFound);
        QCOMPARE(download.error()->message, QStringLiteral("No such container: ghost"));
        QCOMPARE(readyRead.count(), 0); // an error's body is not offered as data
    }

    void failsWhenTheStreamIsCutOff()
    {
        const QString path = socketPath();
        FakeEngine engine(path, [](QLocalSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789");
            socket->flush();
            socket->disconnectFromServer();
        });
        EngineExchange download(clientFor(path, this));
        QSignalSpy finished(&download, &EngineExchange::finished);
        download.get(QStringLiteral("/x"));
        QVERIFY(finished.wait(10000));
        QVERIFY(download.error());
        QCOMPARE(download.error()->kind, EngineError::Kind::Unreachable);
        QVERIFY2(download.error()->message.contains(QLatin1String("before its end")), qPrintable(download.error()->message));
    }

    void refusesAnInvalidAnswer()
    {
        const QString path = socketPath();
        FakeEngine engine(path, [](QLocalSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        });
        EngineExchange download(clientFor(path, this));
        QSignalSpy finished(&download, &EngineExchange::finished);
        download.get(QStringLiteral("/x"));
        QVERIFY(finished.wait(10000));
        QVERIFY(download.error());
        QCOMPARE(download.error()->kind, EngineError::Kind::Protocol);
        QVERIFY2(download.error()->message.contains(QLatin1String("chunk size")), qPrintable(download.error()->message));
    }

    void aBodyThatFailsEndsTheExchange()
    {
        const QString path = socketPath();
        // It reads the request and never answers: only the failing body can end the exchange.
        FakeEngine engine(path, [](QLocalSocket *) { });
        EngineExchange upload(clientFor(path, this));
        QSignalSpy finished(&upload, &EngineExchange::finished);
        QSignalSpy progress(&upload, &EngineExchange::bodyProgress);
        FailingBody body(300 * 1024);
        upload.send("PUT", QStringLiteral("/containers/c/archive"), {{QStringLiteral("path"), QStringLiteral("/")}}, &body, 1024 * 1024, "application/x-tar");
        const auto bodyReceived = [&engine] {
            const QByteArray request = engine.request();
            const qsizetype end = request.indexOf("\r\n\r\n");
            return end < 0 ? -1 : request.size() - end - 4;
        };
        QTRY_COMPARE_WITH_TIMEOUT(bodyReceived(), 300 * 1024, 10000);
        QVERIFY(engine.request().startsWith("PUT /containers/c/archive?path=%2F HTTP/1.1\r\n"));
        QVERIFY(engine.request().contains("\r\nContent-Length: 1048576\r\n"));
        QVERIFY(engine.request().contains("\r\nContent-Type: application/x-tar\r\n"));
        QCOMPARE(progress.last().at(0).toLongLong(), 300 * 1024);
        QCOMPARE(progress.last().at(1).toLongLong(), 1024 * 1024);
        QVERIFY(finished.isEmpty());

        body.fail();
        QVERIFY(finished.wait(10000));
        QVERIFY(upload.error());
        QVERIFY2(upload.error()->message.contains(QLatin1String("the disk went away")), qPrintable(upload.error()->message));
    }

    void reportsAMissingSocket()
    {
        EngineExchange download(clientFor(m_dir.filePath(QStringLiteral("missing.sock")), this));
        QSignalSpy finished(&download, &EngineExchange::finished);
        download.get(QStringLiteral("/x"));
        QVERIFY(finished.wait(10000));
        QVERIFY(download.error());
        QCOMPARE(download.error()->kind, EngineError::Kind::Unreachable);
    }

    void stopsTheSenderWhileNothingIsRead()
    {
        // The server writes a 64 MiB chunked body as fast as its socket takes it.
        constexpr qint64 total = 64 * 1024 * 1024;
        constexpr qint64 piece = 256 * 1024;
        const QString path = socketPath();
        qint64 produced = 0;
        FakeEngine engine(path, [&produced](QLocalSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            const auto feed = [socket, &produced] {
                while (socket->bytesToWrite() < piece && produced < total) {
                    socket->write(QByteArray::number(piece, 16) + "\r\n" + pattern(produced, piece) + "\r\n");
                    produced += piece;
                    if (produced == total) {
                        socket->write("0\r\n\r\n");
                    }
                }
            };
            QObject::connect(socket, &QLocalSocket::bytesWritten, socket, feed);
            feed();
        });
        EngineExchange download(clientFor(path, this));
        download.get(QStringLiteral("/x"));
        QTRY_COMPARE_WITH_TIMEOUT(download.bytesAvailable(), EngineExchange::bufferSize, 10000);
        // Nothing signals that the sender is stuck: give it time to show it is not.
        QTest::qWait(500);
        QCOMPARE(download.bytesAvailable(), EngineExchange::bufferSize);
        const qint64 accepted = produced - engine.socket()->bytesToWrite();
        // What left the server sits in the download, the socket's buffer and the kernel's.
        QVERIFY2(accepted < EngineExchange::bufferSize + EngineExchange::socketBufferSize + 8 * 1024 * 1024,
                 qPrintable(QStringLiteral("the server could send %1 bytes").arg(accepted)));

        // Reading lets the rest through, intact.
        qint64 received = 0;
        bool intact = true;
        const auto take = [&] {
            while (download.bytesAvailable() > 0) {
                const QByteArray data = download.read(100000);
                intact = intact && data == pattern(received, data.size());
                received += data.size();
            }
        };
        QSignalSpy finished(&download, &EngineExchange::finished);
        connect(&download, &EngineExchange::readyRead, this, take);
        take();
        QVERIFY(finished.wait(30000));
        take();
        QVERIFY(!download.error());
        QCOMPARE(received, total);
        QVERIFY(intact);
    }
};

QTEST_GUILESS_MAIN(EngineExchangeTest)

#include "engineexchangetest.moc"
