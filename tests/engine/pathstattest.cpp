// SPDX-License-Identifier: GPL-2.0-or-later
#include "pathstat.h"

#include <QTest>

using namespace Stasis;

class PathStatTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesTheEnginesHeader()
    {
        // As the engine sends it for a checkpoint folder.
        const QByteArray json = R"({"name":"cp1","size":4096,"mode":2147484141,"mtime":"2026-11-27T08:34:58.123456789Z","linkTarget":""})";
        const auto stat = PathStat::fromHeader(json.toBase64());
        QVERIFY(stat);
        QCOMPARE(stat->name, QStringLiteral("cp1"));
        QCOMPARE(stat->size, qint64(4096));
        QVERIFY(stat->isDirectory());
        QCOMPARE(stat->mode & 0777, 0755U);
        QCOMPARE(stat->modified, QDateTime(QDate(2026, 11, 27), QTime(8, 34, 58, 123), QTimeZone::UTC));
    }

    void tellsDevicesApart()
    {
        // Go's os.FileMode: ModeDevice | ModeCharDevice, then a plain file.
        const auto device = PathStat::fromHeader(QByteArray(R"({"name":"null","size":0,"mode":69206016,"mtime":"2026-11-27T08:34:58Z"})").toBase64());
        QVERIFY(device);
        QVERIFY(device->isDevice());
        QVERIFY(!device->isDirectory());
        const auto file = PathStat::fromHeader(QByteArray(R"({"name":"motd","size":3,"mode":420,"mtime":"2026-11-27T08:34:58Z"})").toBase64());
        QVERIFY(file);
        QVERIFY(!file->isDevice());
    }

    void parsesTimesInAnyZone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime utc(QDate(2026, 11, 27), QTime(8, 34, 58), QTimeZone::UTC);
        QTest::newRow("utc, no fraction") << QStringLiteral("2026-11-27T08:34:58Z") << utc;
        QTest::newRow("utc, micro") << QStringLiteral("2026-11-27T08:34:58.5001Z") << utc.addMSecs(500);
        QTest::newRow("east") << QStringLiteral("2026-11-27T09:34:58.25+01:00") << utc.addMSecs(250);
        QTest::newRow("west") << QStringLiteral("2026-11-27T03:34:58.000000001-05:00") << utc;
        QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
    }

    void parsesTimesInAnyZone()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(PathStat::parseTime(text), expected);
    }

    void refusesWhatIsNotAStat()
    {
        QVERIFY(!PathStat::fromHeader(QByteArray()));
        QVERIFY(!PathStat::fromHeader("not base64 at all!"));
        QVERIFY(!PathStat::fromHeader(QByteArray("[1,2]").toBase64()));
    }
};

QTEST_GUILESS_MAIN(PathStatTest)
#include "pathstattest.moc"
