// A filtered report's breakdowns counted independently from the fixture.
