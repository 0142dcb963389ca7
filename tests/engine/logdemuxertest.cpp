// SPDX-License-Identifier: GPL-2.0-or-later
#include "logdemuxer.h"

#include "multiplexedframe.h"

#include <QTest>
#include <QtEndian>

using namespace Stasis;
using Stasis::Test::multiplexedFrame;

class LogDemuxerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsSeveralFramesInOneRead()
    {
        LogDemuxer demuxer;
        const auto frames = demuxer.feed(multiplexedFrame(1, "1\n") + multiplexedFrame(2, "oops\n") + multiplexedFrame(1, "2\n"));
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames[1].stream, LogDemuxer::Stream::Stderr);
        QCOMPARE(frames[1].payload, QByteArray("oops\n"));
        QCOMPARE(demuxer.pendingBytes(), 0);
    }

    void waitsForFramesSplitAcrossReads()
    {
        const QByteArray bytes = multiplexedFrame(1, "hello world\n") + multiplexedFrame(1, "42\n");
        LogDemuxer demuxer;
        QList<LogDemuxer::Frame> frames;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            frames += demuxer.feed(bytes.mid(i, 1));
        }
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames[0].payload, QByteArray("hello world\n"));
        QCOMPARE(frames[1].payload, QByteArray("42\n"));
    }

    void flagsAStreamThatIsNotMultiplexed()
    {
        LogDemuxer demuxer;
        QVERIFY(demuxer.feed("plain text from a TTY\n").isEmpty());
        QVERIFY(demuxer.isCorrupt());
    }

    void joinsAWholeBody()
    {
        QCOMPARE(LogDemuxer::joinAll(multiplexedFrame(1, "0\n") + multiplexedFrame(1, "1\n")), QByteArray("0\n1\n"));
    }
};

QTEST_GUILESS_MAIN(LogDemuxerTest)
#include "logdemuxertest.moc"
