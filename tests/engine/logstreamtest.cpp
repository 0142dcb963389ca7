// SPDX-License-Identifier: GPL-2.0-or-later
// LogStream against a small HTTP server on a Unix socket that answers like
// the engine's log endpoint: no engine needed.
#include "logstream.h"
#include "engineclient.h"

#include "multiplexedframe.h"
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QTest>
#include <QtEndian>

using namespace Stasis;
using Stasis::Test::multiplexedFrame;

namespace
{
/// Answers each request with the next prepared answer, chunked, then closes.
class FakeEngine : public QObject
{
public:
    struct Answer {
        int status = 200;
        QByteArray contentType = "application/vnd.docker.multiplexed-stream";
        QByteArray body;
    };

    explicit FakeEngine(const QString &socketPath)
    {
        m_server.listen(socketPath);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                    serve(socket);
                });
            }
        });
    }

    bool isListening() const
    {
        return m_server.isListening();
    }

    QList<Answer> answers;
    QList<QByteArray> requestTargets;

private:
    void serve(QLocalSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer.append(socket->readAll());
        if (!buffer.contains("\r\n\r\n")) {
            return;
        }
        requestTargets.append(buffer.split(' ').value(1));
        buffer.clear();
        const Answer answer = answers.isEmpty() ? Answer{404, "application/json", R"({"message":"no answer prepared"})"} : answers.takeFirst();
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\nContent-Type: " + answer.contentType +
            "\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n";
        // Chunks of 5 bytes: frames and lines arrive cut anywhere.
        for (qsizetype i = 0; i < answer.body.size(); i += 5) {
            const QByteArray piece = answer.body.mid(i, 5);
            reply += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        }
        reply += "0\r\n\r\n";
        socket->write(reply);
        socket->flush();
        socket->disconnectFromServer();
    }

    QLocalServer m_server;
    QHash<QLocalSocket *, QByteArray> m_buffers;
};

QStringList textsOf(const QList<LogLine> &lines)
{
    QStringList texts;
    for (const LogLine &line : lines) {
        texts.append(line.text);
    }
    return texts;
}
} // namespace

class LogStreamTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    EngineClient *clientFor(const QString &socketPath, QObject *parent)
    {
        const auto endpoint = EngineEndpoint::parse(QLatin1String("unix://") + socketPath);
        return endpoint ? new EngineClient(*endpoint, parent) : nullptr;
    }

private Q_SLOTS:
    void followsUntilTheEngineEndsTheStream()
    {
        const QString socketPath = m_dir.filePath(QStringLiteral("follow.sock"));
        FakeEngine engine(socketPath);
        QVERIFY(engine.isListening());
        engine.answers.append({200,
                               "application/vnd.docker.multiplexed-stream",
                               multiplexedFrame(1, "2026-03-01T10:00:00.000000001Z 0\n") + multiplexedFrame(2, "2026-03-01T10:00:00.100000000Z warn\n") +
                                   multiplexedFrame(1, "2026-03-01T10:00:01.000000001Z 1\n") + multiplexedFrame(1, "2026-03-01T10:00:02.000000001Z partial")});
        QObject owner;
        EngineClient *client = clientFor(socketPath, &owner);
        QVERIFY(client);
        LogStream stream(client, QStringLiteral("my counter"));
        stream.setTail(50);
        QList<LogLine> lines;
        connect(&stream, &LogStream::linesReceived, this, [&lines](const QList<LogLine> &received) {
            lines += received;
        });
        QSignalSpy states(&stream, &LogStream::stateChanged);
        stream.start();
        QTRY_COMPARE(stream.state(), LogStream::State::Ended);
        QCOMPARE(states.first().first().value<LogStream::State>(), LogStream::State::Following);
        QCOMPARE(textsOf(lines), (QStringList{QStringLiteral("0"), QStringLiteral("warn"), QStringLiteral("1"), QStringLiteral("partial")}));
        QCOMPARE(lines[1].stream, LogLine::Stream::Stderr);
        QCOMPARE(stream.lastTimestamp(), QDateTime(QDate(2026, 3, 1), QTime(10, 0, 2), QTimeZone(QTimeZone::UTC)));

        QCOMPARE(engine.requestTargets.size(), 1);
        const QByteArray target = engine.requestTargets.first();
        QVERIFY2(target.startsWith("/containers/my%20counter/logs?"), target.constData());
        for (const char *parameter : {"follow=1", "stdout=1", "stderr=1", "timestamps=1", "tail=50"}) {
            QVERIFY2(target.contains(parameter), target.constData());
        }
        QVERIFY(!target.contains("since="));
    }

    void resumesAfterTheLastLineWithoutDuplicates()
    {
        const QString socketPath = m_dir.filePath(QStringLiteral("resume.sock"));
        FakeEngine engine(socketPath);
        QVERIFY(engine.isListening());
        // A TTY container: raw text with CRLF line ends.
        engine.answers.append({200, "application/vnd.docker.raw-stream", "2026-03-01T10:00:00.000000001Z 0\r\n2026-03-01T10:00:01.000000001Z 1\r\n"});
        engine.answers.append({200,
                               "application/vnd.docker.raw-stream",
                               "2026-03-01T10:00:01.000000001Z 1\r\n2026-03-01T10:00:40.000000001Z 2\r\n2026-03-01T10:00:41.000000001Z 3\r\n"});
        QObject owner;
        EngineClient *client = clientFor(socketPath, &owner);
        LogStream stream(client, QStringLiteral("c1"));
        QList<LogLine> lines;
        connect(&stream, &LogStream::linesReceived, this, [&lines](const QList<LogLine> &received) {
            lines += received;
        });
        stream.start();
        QTRY_COMPARE(stream.state(), LogStream::State::Ended);
        QCOMPARE(textsOf(lines), (QStringList{QStringLiteral("0"), QStringLiteral("1")}));

        stream.resume();
        QTRY_COMPARE(engine.requestTargets.size(), 2);
        QVERIFY2(engine.requestTargets[1].contains("since=1772359201.000000001"), engine.requestTargets[1].constData());
        QTRY_COMPARE(stream.state(), LogStream::State::Ended);
        QCOMPARE(textsOf(lines), (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    }

    void reportsTheEnginesRefusal()
    {
        const QString socketPath = m_dir.filePath(QStringLiteral("refuse.sock"));
        FakeEngine engine(socketPath);
        QVERIFY(engine.isListening());
        engine.answers.append({404, "application/json", R"({"message":"No such container: gone"})"});
        QObject owner;
        LogStream stream(clientFor(socketPath, &owner), QStringLiteral("gone"));
        QSignalSpy failed(&stream, &LogStream::failed);
        QSignalSpy retries(&stream, &LogStream::retryScheduled);
        QSignalSpy lines(&stream, &LogStream::linesReceived);
        stream.start();
        QVERIFY(failed.wait(10000));
        QCOMPARE(stream.state(), LogStream::State::Failed);
        QCOMPARE(stream.error().kind, EngineError::Kind::NotFound);
        QCOMPARE(stream.error().message, QStringLiteral("No such container: gone"));
        // A refusal is final: no retry, and the error body is not shown as log lines.
        QCOMPARE(retries.count(), 0);
        QCOMPARE(stream.retryRemainingMs(), -1);
        QCOMPARE(lines.count(), 0);
    }

    void retriesWhenTheEngineIsUnreachable()
    {
        QObject owner;
        LogStream stream(clientFor(m_dir.filePath(QStringLiteral("nobody-listens.sock")), &owner), QStringLiteral("c1"));
        stream.setRetryDelays(50, 100);
        QSignalSpy failed(&stream, &LogStream::failed);
        QSignalSpy retries(&stream, &LogStream::retryScheduled);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(retries.count(), 3, 10000);
        QCOMPARE(stream.state(), LogStream::State::Failed);
        QCOMPARE(stream.error().kind, EngineError::Kind::Unreachable);
        QVERIFY(failed.count() >= 3);
        // The delay doubles up to the maximum.
        QCOMPARE(retries[0].first().toInt(), 50);
        QCOMPARE(retries[1].first().toInt(), 100);
        QCOMPARE(retries[2].first().toInt(), 100);

        stream.stop();
        QCOMPARE(stream.state(), LogStream::State::Idle);
        QCOMPARE(stream.retryRemainingMs(), -1);
        const int failures = failed.count();
        QTest::qWait(300); // nothing may happen after stop(): there is no signal to wait for
        QCOMPARE(failed.count(), failures);
    }
};

QTEST_GUILESS_MAIN(LogStreamTest)
#include "logstreamtest.moc"
