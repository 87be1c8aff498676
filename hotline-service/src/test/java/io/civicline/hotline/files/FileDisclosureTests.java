package io.civicline.hotline.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.events.TicketEventType;
import io.civicline.events.TopicRecords;
import io.civicline.events.Topics;
import io.civicline.hotline.TicketFiles;
import io.civicline.kit.files.FileType;
import io.civicline.kit.files.RefusedFileException;
import io.civicline.kit.files.SamplePhotos;
import io.civicline.kit.files.StoredFile;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.EventTypes;
import io.civicline.kit.testing.ScriptedEvents;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees what of a ticket's files: its handlers now, in the API and the console; a department
 * once the ticket has left it, nothing; the public side, photos without their location; the event
 * topic, no file, name or content.
 */
@CaseServiceTest(database = "hotline")
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class FileDisclosureTests {

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired TicketFiles files;

  private TicketFileCalls api;

  @BeforeEach
  void calls() {
    api = new TicketFileCalls(mvc, mongo);
  }

  @Test
  void aDepartmentThatNoLongerHoldsTheTicketSeesNoFile() throws Exception {
    String id = api.dispatched("HEATING_CO");
    String fileId =
        api.attachedId(
            id, "heating", TicketFileTests.file("a.png", "image/png", SamplePhotos.png()));
    mvc.perform(
            post("/api/tickets/" + id + "/reply")
                .with(httpBasic("heating", "heating"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"result\":\"RESOLVED\",\"note\":\"已修复\"}"))
        .andExpect(status().isOk());

    mvc.perform(
            get("/api/tickets/" + id + "/files/" + fileId).with(httpBasic("heating", "heating")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/tickets/" + id + "/files/" + fileId).with(httpBasic("agent", "agent")))
        .andExpect(status().isOk());
  }

  @Test
  void thePublicCopyOfAPhotoHasNoLocationAndSubmissionsAttachSeveral() throws Exception {
    String id = api.received();
    byte[] plain = SamplePhotos.jpeg();
    byte[] tagged = SamplePhotos.withSegments(plain, SamplePhotos.exifSegment());

    var attached =
        files.attach(
            id,
            List.of(
                TicketFileTests.file(TicketFileTests.PERSONAL_NAME, "image/jpeg", tagged),
                TicketFileTests.file("b.pdf", "x/y", SamplePhotos.pdf())),
            "citizen");

    assertThat(attached).extracting(f -> f.type()).containsExactly(FileType.JPEG, FileType.PDF);
    StoredFile shown = files.withoutLocation(id, attached.get(0).id());
    assertThat(shown.content()).isEqualTo(plain);
    assertThat(new String(shown.content(), StandardCharsets.ISO_8859_1))
        .doesNotContain(SamplePhotos.GPS_MARK);
    api.assertVersion(id, 3);
    MockMultipartFile png = TicketFileTests.file("p.png", "image/png", SamplePhotos.png());
    assertThatThrownBy(() -> files.attach(id, List.of(png, png, png, png), "citizen"))
        .isInstanceOf(RefusedFileException.class);
    api.assertVersion(id, 3);
  }

  @Test
  void theTicketTopicCarriesNoFileNameNorContent() throws Exception {
    String id = api.received();
    byte[] photo = SamplePhotos.withSegments(SamplePhotos.jpeg(), SamplePhotos.exifSegment());
    api.attached(
        id, "agent", TicketFileTests.file(TicketFileTests.PERSONAL_NAME, "image/jpeg", photo));

    EventTypes.awaitExactly(
        kafka.getBootstrapServers(),
        Topics.TICKET_EVENTS,
        id,
        TicketEventType::cloudEventType,
        TicketEventType.RECEIVED,
        TicketEventType.FILE_ATTACHED);
    ScriptedEvents.checkNoPersonalData(
        TopicRecords.withKey(kafka.getBootstrapServers(), Topics.TICKET_EVENTS, id),
        // The caller's phone, not digits inside the hex of an id.
        Pattern.compile("(?<![0-9A-Za-z])13600000001(?![0-9A-Za-z])"),
        List.of(
            "身份证",
            TicketFileTests.PERSONAL_NAME,
            SamplePhotos.GPS_MARK,
            "Exif",
            "image/jpeg",
            "JFIF"));
  }

  @Test
  void theConsoleShowsFilesToHandlersOnlyAndTakesAnUpload() throws Exception {
    String id = api.dispatched("HEATING_CO");
    mvc.perform(
            multipart("/console/tickets/" + id + "/files")
                .file(TicketFileTests.file("a.png", "image/png", SamplePhotos.png()))
                .with(httpBasic("heating", "heating"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attributeExists("notice"));
    mvc.perform(
            multipart("/console/tickets/" + id + "/files")
                .file(
                    TicketFileTests.file(
                        "x.jpg", "image/jpeg", "text".getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("heating", "heating"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", containsString("JPEG, PNG or PDF")));
    String fileId = files.of(id, api.agent()).get(0).id();

    mvc.perform(get("/console/tickets/" + id).with(httpBasic("heating", "heating")))
        .andExpect(content().string(containsString("id=\"act-attach-file\"")))
        .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
        .andExpect(content().string(containsString("/files/" + fileId)));
    mvc.perform(get("/console/tickets/" + id).with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"files\""))));
    mvc.perform(
            get("/console/tickets/" + id + "/files/" + fileId)
                .with(httpBasic("heating", "heating")))
        .andExpect(status().isOk())
        .andExpect(content().bytes(SamplePhotos.png()));
    mvc.perform(
            get("/console/tickets/" + id + "/files/" + fileId).with(httpBasic("admin", "admin")))
        .andExpect(status().isForbidden());
  }
}
