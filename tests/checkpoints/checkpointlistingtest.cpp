// SPDX-License-Identifier: GPL-2.0-or-later
// What stasis-stage list printed on an engine, read as untrusted input.
#include "checkpointlisting.h"

#include <QTest>

using namespace Stasis;

class CheckpointListingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsSizesAndPaths()
    {
        const auto files = CheckpointListing::parse("536870912 pages-1.img\n0 empty.img\n42 sub/core-1.img\n", ArchiveLimits());
        QVERIFY2(files, qPrintable(files.error()));
        QCOMPARE(files->size(), 3);
        QCOMPARE(files->at(0).path, QStringLiteral("pages-1.img"));
        QCOMPARE(files->at(0).size, 536870912);
        QCOMPARE(files->at(1).size, 0);
        QCOMPARE(files->at(2).path, QStringLiteral("sub/core-1.img"));
        QVERIFY(CheckpointListing::parse({}, ArchiveLimits())->isEmpty());
    }

    void refusesWhatNoListingHolds_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no size") << QByteArray("pages-1.img\n") << QStringLiteral("without a size");
        QTest::newRow("negative size") << QByteArray("-5 pages-1.img\n") << QStringLiteral("without a size");
        QTest::newRow("size with a sign") << QByteArray("+5 pages-1.img\n") << QStringLiteral("without a size");
        QTest::newRow("size too large") << QByteArray("99999999999999999999 pages-1.img\n") << QStringLiteral("without a size");
        QTest::newRow("outside the folder") << QByteArray("4 ../escape\n") << QStringLiteral("refused");
        QTest::newRow("absolute") << QByteArray("4 /etc/passwd\n") << QStringLiteral("refused");
        QTest::newRow("empty path") << QByteArray("4 \n") << QStringLiteral("refused");
        QTest::newRow("control character") << QByteArray("4 a\x1b[2Jb\n") << QStringLiteral("refused");
        QTest::newRow("twice") << QByteArray("4 a.img\n5 a.img\n") << QStringLiteral("twice");
    }

    void refusesWhatNoListingHolds()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, problem);
        const auto files = CheckpointListing::parse(output, ArchiveLimits());
        QVERIFY(!files);
        QVERIFY2(files.error().contains(problem), qPrintable(files.error()));
    }

    void boundsTheNumberOfFiles()
    {
        ArchiveLimits limits;
        limits.maxEntries = 2;
        QVERIFY(CheckpointListing::parse("1 a\n2 b\n", limits));
        const auto refused = CheckpointListing::parse("1 a\n2 b\n3 c\n", limits);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("more than 2 files")), qPrintable(refused.error()));
    }
};

QTEST_GUILESS_MAIN(CheckpointListingTest)
#include "checkpointlistingtest.moc"
