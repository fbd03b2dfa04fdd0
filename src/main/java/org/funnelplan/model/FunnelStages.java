package org.funnelplan.model;

import java.util.List;

/**
 * The funnel's stages, top first; the last one is won. Stages before the hand-over stage belong
 * to marketing (their rates are team-level), the hand-over stage and all after it to sales.
 */
public record FunnelStages(List<Stage> all, int handoverIndex) {

    public FunnelStages {
        all = List.copyOf(all);
        if (all.size() < 2) {
            throw new IllegalArgumentException("a funnel needs at least two stages");
        }
        if (handoverIndex < 0 || handoverIndex >= all.size() - 1) {
            throw new IllegalArgumentException("the hand-over stage must come before won");
        }
    }

    /**
     * The default hand-over is the second stage: the first belongs to marketing. A funnel of only
     * two stages (say quoted → won) is all sales.
     */
    public static FunnelStages withDefaultHandover(List<Stage> all) {
        return new FunnelStages(all, Math.min(1, all.size() - 2));
    }

    public int size() {
        return all.size();
    }

    public Stage get(int index) {
        return all.get(index);
    }

    public Stage won() {
        return all.get(all.size() - 1);
    }

    public Stage handover() {
        return all.get(handoverIndex);
    }

    public int wonIndex() {
        return all.size() - 1;
    }

    public boolean isMarketing(int index) {
        return index < handoverIndex;
    }

    /** Index of the stage whose name matches ignoring case, or -1. */
    public int indexOf(String name) {
        String trimmed = name.trim();
        String key = Stage.keyOf(name);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equalsIgnoreCase(trimmed) || all.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
