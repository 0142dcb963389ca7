// SPDX-License-Identifier: GPL-2.0-or-later
// LogStream against the sandbox engine: a counter is followed through a
// checkpoint and a restore without losing or repeating a line, and a TTY
// container's raw output is followed too.
#include "enginetestsupport.h"

#include "logstream.h"
#include "restorejob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
/// Collects a stream's lines.
struct Collected {
    QList<LogLine> lines;

    QList<int> stdoutValues() const
    {
        QByteArray text;
        for (const LogLine &line : lines) {
            if (line.stream == LogLine::Stream::Stdout) {
                text += line.text.toUtf8() + '\n';
            }
        }
        return counterValues(text);
    }
};

QString describe(const QList<int> &values)
{
    QStringList texts;
    for (int value : values) {
        texts.append(QString::number(value));
    }
    return texts.join(QLatin1Char(' '));
}
} // namespace

class LogFollowTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    QString m_counter = QStringLiteral("stasis-logs-%1-counter").arg(QCoreApplication::applicationPid());
    QString m_tty = QStringLiteral("stasis-logs-%1-tty").arg(QCoreApplication::applicationPid());

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
    }

    void cleanupTestCase()
    {
        if (m_client) {
            await(m_client->removeContainer(m_counter, true));
            await(m_client->removeContainer(m_tty, true));
        }
    }

    void followsThroughCheckpointAndRestore()
    {
        ContainerSpec spec;
        spec.name = m_counter;
        spec.image = sandboxImage();
        // The seed's counter, after one line on stderr.
        spec.command = {QStringLiteral("/bin/sh"),
                        QStringLiteral("-c"),
                        QStringLiteral("echo counter starting >&2; i=0; while true; do echo $i; i=$(expr $i + 1); sleep 1; done")};
        const auto id = await(m_client->createContainer(spec));
        QVERIFY2(id, why(id).constData());
        const auto started = await(m_client->startContainer(m_counter));
        QVERIFY2(started, why(started).constData());

        LogStream stream(m_client, m_counter);
        Collected collected;
        connect(&stream, &LogStream::linesReceived, this, [&collected](const QList<LogLine> &lines) {
            collected.lines += lines;
        });
        QSignalSpy states(&stream, &LogStream::stateChanged);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(collected.stdoutValues().size() >= 3, 30000);
        QCOMPARE(states.first().first().value<LogStream::State>(), LogStream::State::Following);
        QCOMPARE(stream.state(), LogStream::State::Following);
        // The engine copies stdout and stderr separately: the stderr line may come before or after "0".
        const auto stderrLine = std::ranges::find(collected.lines, LogLine::Stream::Stderr, &LogLine::stream);
        QVERIFY(stderrLine != collected.lines.cend());
        QCOMPARE(stderrLine->text, QStringLiteral("counter starting"));
        QVERIFY(stderrLine->timestamp.isValid());
        QCOMPARE(collected.stdoutValues().mid(0, 3), (QList<int>{0, 1, 2}));

        // A checkpoint without leave-running stops the container: the engine ends the stream.
        const QString checkpoint = QStringLiteral("logs");
        const auto created = await(m_client->createCheckpoint(m_counter, CheckpointOptions{checkpoint, false, {}}));
        QVERIFY2(created, why(created).constData());
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LogStream::State::Ended, 30000);
        const QList<int> before = collected.stdoutValues();
        const int checkpointed = before.last();
        QVERIFY2(checkpointed >= 2, qPrintable(describe(before)));

        auto *job = new RestoreJob(m_client, m_counter, checkpoint, this);
        QSignalSpy result(job, &KJob::result);
        job->start();
        QVERIFY(result.wait(120000));
        QVERIFY2(job->error() == 0, qPrintable(job->errorText()));

        stream.resume();
        QTRY_VERIFY_WITH_TIMEOUT(collected.stdoutValues().size() >= before.size() + 3, 30000);
        QCOMPARE(stream.state(), LogStream::State::Following);
        const QList<int> values = collected.stdoutValues();
        // From 0, one by one: no line lost, none repeated, no restart from 0.
        for (qsizetype i = 0; i < values.size(); ++i) {
            QVERIFY2(values[i] == i, qPrintable(QStringLiteral("checkpointed at %1, followed: %2").arg(checkpointed).arg(describe(values))));
        }
        QCOMPARE(values[before.size()], checkpointed + 1);
        qint64 previous = 0;
        for (const LogLine &line : std::as_const(collected.lines)) {
            if (line.stream == LogLine::Stream::Stdout) {
                QVERIFY(line.nanoseconds > previous);
                previous = line.nanoseconds;
            }
        }
        qsizetype stderrLines = 0;
        for (const LogLine &line : std::as_const(collected.lines)) {
            stderrLines += line.stream == LogLine::Stream::Stderr ? 1 : 0;
        }
        QCOMPARE(stderrLines, 1);

        stream.stop();
        QCOMPARE(stream.state(), LogStream::State::Idle);
        const auto removed = await(m_client->removeCheckpoint(m_counter, checkpoint));
        QVERIFY2(removed, why(removed).constData());
    }

    void followsATtyContainer()
    {
        const QJsonObject body{
            {QLatin1String("Image"), sandboxImage()},
            {QLatin1String("Cmd"),
             QJsonArray{QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("i=0; while true; do echo tty$i; i=$(expr $i + 1); sleep 1; done")}},
            {QLatin1String("Tty"), true},
            {QLatin1String("HostConfig"), QJsonObject{{QLatin1String("NetworkMode"), QStringLiteral("none")}}},
        };
        ContainerSpec spec;
        spec.name = m_tty;
        spec.configuration = body;
        const auto created = await(m_client->createContainer(spec));
        QVERIFY2(created, why(created).constData());
        const auto started = await(m_client->startContainer(m_tty));
        QVERIFY2(started, why(started).constData());

        LogStream stream(m_client, m_tty);
        QList<LogLine> lines;
        connect(&stream, &LogStream::linesReceived, this, [&lines](const QList<LogLine> &received) {
            lines += received;
        });
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(lines.size() >= 3, 30000);
        QCOMPARE(stream.state(), LogStream::State::Following);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            // The terminal ends lines with CRLF; neither the timestamp nor the CR may stay in the text.
            QCOMPARE(lines[i].text, QStringLiteral("tty%1").arg(i));
            QCOMPARE(lines[i].stream, LogLine::Stream::Stdout);
            QVERIFY(lines[i].timestamp.isValid());
        }

        const auto stopped = await(m_client->stopContainer(m_tty, 1));
        QVERIFY2(stopped, why(stopped).constData());
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LogStream::State::Ended, 30000);
    }
};

QTEST_GUILESS_MAIN(LogFollowTest)
#include "logfollowtest.moc"
