package org.tutela.caseload.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.tutela.caseload.Address;
import org.tutela.caseload.Gender;
import org.tutela.caseload.SpokenLanguage;
import org.tutela.caseload.PersonData;
import org.tutela.caseload.PersonRole;

/** The person form's fields. */
public class PersonForm {

    /** The address part of the form. */
    public static class AddressForm {
        private String line1;
        private String line2;
        private String city;
        private String state;
        private String postalCode;

        public String getLine1() { return line1; }
        public void setLine1(String line1) { this.line1 = line1; }
        public String getLine2() { return line2; }
        public void setLine2(String line2) { this.line2 = line2; }
        public String getCity() { return city; }
        public void setCity(String city) { this.city = city; }
        public String getState() { return state; }
        public void setState(String state) { this.state = state; }
        public String getPostalCode() { return postalCode; }
        public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    }

    private PersonRole role;
    private String firstName;
    private String lastName;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateOfBirth;
    private Gender gender;
    private SpokenLanguage preferredLanguage;
    /** A supervisor's confirmation that the role change may show the person's contact fields to the BAS. */
    private boolean confirmWiderDisclosure;
    private AddressForm address = new AddressForm();
    private String phone;
    private String email;
    private String workplace;
    private String schoolOrChildCare;
    private String shelterStatus;
    private Integer version;

    static PersonForm of(PersonData d, Integer version) {
        PersonForm f = new PersonForm();
        f.role = d.role();
        f.firstName = d.firstName();
        f.lastName = d.lastName();
        f.dateOfBirth = d.dateOfBirth();
        f.gender = d.gender();
        f.preferredLanguage = d.preferredLanguage();
        if (d.address() != null) {
            f.address.line1 = d.address().line1();
            f.address.line2 = d.address().line2();
            f.address.city = d.address().city();
            f.address.state = d.address().state();
            f.address.postalCode = d.address().postalCode();
        }
        f.phone = d.phone();
        f.email = d.email();
        f.workplace = d.workplace();
        f.schoolOrChildCare = d.schoolOrChildCare();
        f.shelterStatus = d.shelterStatus();
        f.version = version;
        return f;
    }

    PersonData toData() {
        Address a = address == null ? null
                : new Address(address.line1, address.line2, address.city, address.state, address.postalCode);
        return new PersonData(role, firstName == null ? "" : firstName, lastName == null ? "" : lastName, dateOfBirth,
                gender, preferredLanguage, a, phone, email, workplace, schoolOrChildCare, shelterStatus,
                confirmWiderDisclosure);
    }

    public PersonRole getRole() { return role; }
    public void setRole(PersonRole role) { this.role = role; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public SpokenLanguage getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(SpokenLanguage preferredLanguage) { this.preferredLanguage = preferredLanguage; }
    public boolean isConfirmWiderDisclosure() { return confirmWiderDisclosure; }
    public void setConfirmWiderDisclosure(boolean confirmWiderDisclosure) { this.confirmWiderDisclosure = confirmWiderDisclosure; }
    public AddressForm getAddress() { return address; }
    public void setAddress(AddressForm address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWorkplace() { return workplace; }
    public void setWorkplace(String workplace) { this.workplace = workplace; }
    public String getSchoolOrChildCare() { return schoolOrChildCare; }
    public void setSchoolOrChildCare(String schoolOrChildCare) { this.schoolOrChildCare = schoolOrChildCare; }
    public String getShelterStatus() { return shelterStatus; }
    public void setShelterStatus(String shelterStatus) { this.shelterStatus = shelterStatus; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
