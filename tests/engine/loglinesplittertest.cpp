// SPDX-License-Identifier: GPL-2.0-or-later
#include "loglinesplitter.h"

#include "multiplexedframe.h"

#include <QTest>
#include <QTimeZone>
#include <QtEndian>

using namespace Stasis;
using Stasis::Test::multiplexedFrame;

namespace
{
/// Feeds @p bytes in pieces of @p pieceSize and collects the lines.
QList<LogLine> feedInPieces(LogLineSplitter &splitter, const QByteArray &bytes, qsizetype pieceSize)
{
    QList<LogLine> lines;
    for (qsizetype i = 0; i < bytes.size(); i += pieceSize) {
        lines += splitter.feed(bytes.mid(i, pieceSize));
    }
    return lines;
}

QStringList textsOf(const QList<LogLine> &lines)
{
    QStringList texts;
    for (const LogLine &line : lines) {
        texts.append(line.text);
    }
    return texts;
}

constexpr qint64 march1st2026 = 1772323200; // 2026-03-01T00:00:00Z
} // namespace

class LogLineSplitterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheEnginesTimestamps_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("nanoseconds");
        QTest::addColumn<qsizetype>("length");
        QTest::newRow("nanoseconds, UTC") << QByteArray("2026-03-01T10:42:05.123456789Z rest") << (march1st2026 + 38525) * 1000000000 + 123456789
                                          << qsizetype(30);
        QTest::newRow("short fraction") << QByteArray("2026-03-01T10:42:05.5Z") << (march1st2026 + 38525) * 1000000000 + 500000000 << qsizetype(22);
        QTest::newRow("no fraction") << QByteArray("2026-03-01T10:42:05Z") << (march1st2026 + 38525) * 1000000000 << qsizetype(20);
        QTest::newRow("offset") << QByteArray("2026-03-01T12:42:05.000000001+02:00 x") << (march1st2026 + 38525) * 1000000000 + 1 << qsizetype(35);
        QTest::newRow("negative offset") << QByteArray("2026-03-01T09:12:05-01:30") << (march1st2026 + 38525) * 1000000000 << qsizetype(25);
    }
    void parsesTheEnginesTimestamps()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, nanoseconds);
        QFETCH(qsizetype, length);
        const auto timestamp = LogLineSplitter::parseTimestamp(text);
        QVERIFY(timestamp);
        QCOMPARE(timestamp->nanoseconds, nanoseconds);
        QCOMPARE(timestamp->length, length);
        QCOMPARE(timestamp->dateTime, QDateTime::fromMSecsSinceEpoch(nanoseconds / 1000000, QTimeZone(QTimeZone::UTC)));
    }

    void refusesWhatIsNoTimestamp_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("plain text") << QByteArray("hello world, this is a log line");
        QTest::newRow("no zone") << QByteArray("2026-03-01T10:42:05.123 x");
        QTest::newRow("empty fraction") << QByteArray("2026-03-01T10:42:05.Z");
        QTest::newRow("bad month") << QByteArray("2026-13-01T10:42:05Z");
        QTest::newRow("truncated") << QByteArray("2026-03-01T10:4");
        QTest::newRow("space separator") << QByteArray("2026-03-01 10:42:05Z");
    }
    void refusesWhatIsNoTimestamp()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!LogLineSplitter::parseTimestamp(text));
    }

    void splitsRawLinesAcrossChunks()
    {
        const QByteArray bytes = "2026-03-01T10:00:00.000000001Z first line\n2026-03-01T10:00:01.000000002Z second\n2026-03-01T10:00:02.000000003Z third";
        for (qsizetype pieceSize : {1, 3, 7, 40, 1000}) {
            LogLineSplitter splitter(LogLineSplitter::Framing::Raw);
            QList<LogLine> lines = feedInPieces(splitter, bytes, pieceSize);
            QCOMPARE(textsOf(lines), (QStringList{QStringLiteral("first line"), QStringLiteral("second")}));
            lines += splitter.finish();
            QCOMPARE(textsOf(lines), (QStringList{QStringLiteral("first line"), QStringLiteral("second"), QStringLiteral("third")}));
            QCOMPARE(lines[1].nanoseconds, (march1st2026 + 36001) * 1000000000 + 2);
            QCOMPARE(lines[2].stream, LogLine::Stream::Stdout);
        }
    }

    void splitsFramesAcrossChunks()
    {
        const QByteArray bytes = multiplexedFrame(1, "2026-03-01T10:00:00.000000001Z 0\n") +
            multiplexedFrame(2, "2026-03-01T10:00:00.500000000Z warning: hot\n") + multiplexedFrame(1, "2026-03-01T10:00:01.000000001Z 1\n");
        for (qsizetype pieceSize : {1, 5, 8, 9, 50}) {
            LogLineSplitter splitter(LogLineSplitter::Framing::Multiplexed);
            const QList<LogLine> lines = feedInPieces(splitter, bytes, pieceSize);
            QCOMPARE(textsOf(lines), (QStringList{QStringLiteral("0"), QStringLiteral("warning: hot"), QStringLiteral("1")}));
            QCOMPARE(lines[0].stream, LogLine::Stream::Stdout);
            QCOMPARE(lines[1].stream, LogLine::Stream::Stderr);
            QCOMPARE(lines[2].stream, LogLine::Stream::Stdout);
            QVERIFY(splitter.finish().isEmpty());
        }
    }

    void keepsPartialLinesPerStream()
    {
        // A frame may hold part of a line; stderr in between must not join it.
        LogLineSplitter splitter(LogLineSplitter::Framing::Multiplexed);
        QVERIFY(splitter.feed(multiplexedFrame(1, "2026-03-01T10:00:00.000000001Z hello ")).isEmpty());
        const QList<LogLine> stderrLines = splitter.feed(multiplexedFrame(2, "2026-03-01T10:00:00.000000002Z oops\n"));
        QCOMPARE(textsOf(stderrLines), QStringList{QStringLiteral("oops")});
        // The rest of a message the engine split (> 16 KiB) carries a timestamp of its own.
        const QList<LogLine> lines = splitter.feed(multiplexedFrame(1, "2026-03-01T10:00:00.000000003Z world\n"));
        QCOMPARE(textsOf(lines), QStringList{QStringLiteral("hello world")});
        QCOMPARE(lines[0].nanoseconds, (march1st2026 + 36000) * 1000000000 + 1);
    }

    void readsTtyTextWithCarriageReturns()
    {
        LogLineSplitter splitter(LogLineSplitter::Framing::Detect);
        const QByteArray bytes = "2026-03-01T10:00:00.000000001Z tty0\r\n2026-03-01T10:00:01.000000001Z tty1\r\n2026-03-01T10:00:02.000000001Z \r\n";
        const QList<LogLine> lines = feedInPieces(splitter, bytes, 2);
        QCOMPARE(splitter.framing(), LogLineSplitter::Framing::Raw);
        QCOMPARE(textsOf(lines), (QStringList{QStringLiteral("tty0"), QStringLiteral("tty1"), QString()}));
        QVERIFY(!splitter.isCorrupt());
    }

    void boundsALineThatNeverEnds_data()
    {
        QTest::addColumn<bool>("multiplexed");
        QTest::newRow("raw") << false;
        QTest::newRow("multiplexed") << true;
    }
    void boundsALineThatNeverEnds()
    {
        QFETCH(bool, multiplexed);
        // 4 MiB without a newline, ü (two bytes) included so a cut could split a character.
        const QByteArray text = QByteArray("2026-03-01T10:00:00Z ") + QByteArray("aü").repeated(4 * 1024 * 1024 / 3);
        LogLineSplitter splitter(multiplexed ? LogLineSplitter::Framing::Multiplexed : LogLineSplitter::Framing::Raw);
        QList<LogLine> lines;
        for (qsizetype i = 0; i < text.size(); i += 65536) {
            const QByteArray piece = text.mid(i, 65536);
            lines += splitter.feed(multiplexed ? multiplexedFrame(1, piece) : piece);
        }
        lines += splitter.finish();
        QVERIFY(lines.size() >= 4 * 1024 * 1024 / LogLineSplitter::maximumLineBytes);
        QString joined;
        for (const LogLine &line : std::as_const(lines)) {
            QVERIFY2(line.text.toUtf8().size() <= LogLineSplitter::maximumLineBytes, qPrintable(QString::number(line.text.size())));
            QVERIFY(!line.text.contains(QChar::ReplacementCharacter));
            joined += line.text;
        }
        QCOMPARE(joined.toUtf8(), text.sliced(QByteArrayView("2026-03-01T10:00:00Z ").size()));
        QCOMPARE(lines.first().timestamp, QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::UTC));
    }

    void detectsMultiplexedStreams()
    {
        LogLineSplitter splitter(LogLineSplitter::Framing::Detect);
        const QList<LogLine> lines = feedInPieces(splitter, multiplexedFrame(2, "2026-03-01T10:00:00Z boom\n"), 1);
        QCOMPARE(splitter.framing(), LogLineSplitter::Framing::Multiplexed);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].stream, LogLine::Stream::Stderr);
        QCOMPARE(lines[0].text, QStringLiteral("boom"));
    }

    void choosesFramingFromContentType()
    {
        QCOMPARE(LogLineSplitter::framingFor("application/vnd.docker.multiplexed-stream", QStringLiteral("1.45")), LogLineSplitter::Framing::Multiplexed);
        QCOMPARE(LogLineSplitter::framingFor("application/vnd.docker.raw-stream", QStringLiteral("1.45")), LogLineSplitter::Framing::Raw);
        // Before API 1.42 both kinds were labelled raw-stream.
        QCOMPARE(LogLineSplitter::framingFor("application/vnd.docker.raw-stream", QStringLiteral("1.41")), LogLineSplitter::Framing::Detect);
        QCOMPARE(LogLineSplitter::framingFor("text/plain", QStringLiteral("1.45")), LogLineSplitter::Framing::Detect);
    }

    void keepsLinesWithoutTimestamps()
    {
        LogLineSplitter splitter(LogLineSplitter::Framing::Raw);
        const QList<LogLine> lines = splitter.feed("no timestamp here\n");
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].text, QStringLiteral("no timestamp here"));
        QVERIFY(!lines[0].timestamp.isValid());
        QCOMPARE(splitter.lastNanoseconds(), 0);
        QVERIFY(splitter.sinceParameter().isEmpty());
    }

    void dropsLinesAlreadySeenAfterResume()
    {
        LogLineSplitter splitter(LogLineSplitter::Framing::Multiplexed);
        const QByteArray first = multiplexedFrame(1, "2026-03-01T10:00:00.000000001Z 0\n") + multiplexedFrame(1, "2026-03-01T10:00:01.000000001Z 1\n") +
            multiplexedFrame(1, "2026-03-01T10:00:02.000000001Z 2\n");
        QCOMPARE(textsOf(splitter.feed(first)), (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(splitter.sinceParameter(), QStringLiteral("%1.000000001").arg(march1st2026 + 36002));

        // The container was checkpointed and restored; the stream is re-opened
        // with since= the last timestamp, and the engine sends that line again.
        splitter.resumeAfterLastLine();
        splitter.restart(LogLineSplitter::Framing::Multiplexed);
        const QByteArray second = multiplexedFrame(1, "2026-03-01T10:00:02.000000001Z 2\n") + multiplexedFrame(1, "2026-03-01T10:00:02.000000002Z 2b\n") +
            multiplexedFrame(1, "2026-03-01T10:00:30.000000000Z 3\n");
        // A chunk ending mid-frame, then the rest.
        QList<LogLine> lines = splitter.feed(second.left(20));
        lines += splitter.feed(second.mid(20));
        QCOMPARE(textsOf(lines), (QStringList{QStringLiteral("2b"), QStringLiteral("3")}));
        QCOMPARE(splitter.lastNanoseconds(), (march1st2026 + 36030) * 1000000000);
    }

    void restartForgetsPartialLines()
    {
        LogLineSplitter splitter(LogLineSplitter::Framing::Raw);
        QVERIFY(splitter.feed("2026-03-01T10:00:00.000000001Z half a li").isEmpty());
        splitter.restart(LogLineSplitter::Framing::Raw);
        QCOMPARE(textsOf(splitter.feed("2026-03-01T10:00:00.000000001Z whole line\n")), QStringList{QStringLiteral("whole line")});
        QVERIFY(splitter.finish().isEmpty());
    }

    void keepsUtf8Intact()
    {
        const QByteArray bytes = QStringLiteral("2026-03-01T10:00:00Z grüße – ✓\n").toUtf8();
        LogLineSplitter splitter(LogLineSplitter::Framing::Raw);
        QCOMPARE(textsOf(feedInPieces(splitter, bytes, 1)), QStringList{QStringLiteral("grüße – ✓")});
    }
};

QTEST_GUILESS_MAIN(LogLineSplitterTest)
#include "loglinesplittertest.moc"
