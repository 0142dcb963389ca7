// SPDX-License-Identifier: GPL-2.0-or-later
// EventStream against a fake engine whose event never ends: no real engine
// sends one, and it must not grow the window's memory without bound.
#include "eventstream.h"

#include "engineclient.h"
#include "engineendpoint.h"
#include "fakeengine.h"
#include "peakmemory.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using Stasis::Test::FakeEngine;

class EventStreamTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEventWithoutEndIsCutOff()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("engine.sock"));
        constexpr qsizetype piece = 64 * 1024;
        constexpr qsizetype pieces = 256; // 16 MiB of one "event"
        qsizetype sent = 0;
        FakeEngine engine(path, [&sent](QLocalSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(piece * pieces) + "\r\n\r\n");
            Stasis::Test::feed(socket, piece, pieces, '{', '{', sent);
        });
        const auto endpoint = EngineEndpoint::parse(QLatin1String("unix://") + path);
        QVERIFY(endpoint);
        EngineClient client(*endpoint);
        EventStream stream(&client);
        QSignalSpy disconnected(&stream, &EventStream::disconnected);
        QVERIFY(Stasis::Test::resetPeakRss());
        const qint64 before = Stasis::Test::peakRss();
        stream.start();
        QVERIFY(disconnected.wait(20000));
        const auto error = disconnected.first().first().value<EngineError>();
        QCOMPARE(error.kind, EngineError::Kind::Protocol);
        QVERIFY2(error.message.contains(QLatin1String("more than 1 MiB")), qPrintable(error.message));
        QCOMPARE(stream.state(), EventStream::State::Reconnecting);
        QVERIFY2(sent < pieces, "the whole 16 MiB was taken in");
        QVERIFY2(Stasis::Test::peakRss() - before < 12 * 1024 * 1024, "the event was buffered");
        stream.stop();
    }
};

QTEST_GUILESS_MAIN(EventStreamTest)
#include "eventstreamtest.moc"
