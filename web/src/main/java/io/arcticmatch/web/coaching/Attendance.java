package io.arcticmatch.web.coaching;

/**
 * Attendance marks counted.
 *
 * @param present marked present
 * @param absent marked absent
 * @param excused marked excused
 */
public record Attendance(int present, int absent, int excused) {

	static final Attendance NONE = new Attendance(0, 0, 0);

	Attendance plus(AttendanceStatus status) {
		return switch (status) {
			case PRESENT -> new Attendance(this.present + 1, this.absent, this.excused);
			case ABSENT -> new Attendance(this.present, this.absent + 1, this.excused);
			case EXCUSED -> new Attendance(this.present, this.absent, this.excused + 1);
		};
	}

	public int marked() {
		return this.present + this.absent + this.excused;
	}

	/**
	 * @return present of all marks, in whole percent (rounded half up); 0 without marks
	 */
	public int ratePercent() {
		return (marked() == 0) ? 0 : (int) Math.round(100.0 * this.present / marked());
	}

}
